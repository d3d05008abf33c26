package dev.poolscope.model.grid;

import dev.poolscope.model.text.AddressRange;
import dev.poolscope.model.text.ByteSize;

import java.util.Locale;

/** What the Heat Grid writes in either mode: a block's two header lines and where a hovered cell lies. */
public final class GridText {

    private GridText() {
    }

    /** "chunk 0   0x10000000 – 0x10003fff". */
    public static String title(GridBlock block) {
        return String.format(Locale.ROOT, "chunk %d   %s", block.geometry().id(),
                AddressRange.of(block.geometry().start(), block.geometry().size()));
    }

    /** "16 KiB, 512 bits of 32 B · 3% allocated · 1 cell = 1 bit", with {@code setBits} of the chunk's bits set. */
    public static String figures(GridBlock block, long setBits) {
        return String.format(Locale.ROOT, "%s, %,d bits of %s · %d%% allocated · 1 cell = %d bit%s",
                ByteSize.of(block.geometry().size()), block.bitCount(), ByteSize.of(1L << block.order()),
                Math.round(100.0 * setBits / Math.max(1, block.bitCount())), block.bitsPerCell(),
                block.bitsPerCell() == 1 ? "" : "s");
    }

    /** Where cell {@code cell} lies: "chunk 0 bit 10 (0x10000140)" or "chunk 0 bits 0–63 (0x10000000 – 0x100007ff)". */
    public static String location(GridBlock block, int cell) {
        long first = block.firstBit(cell);
        int bits = block.bitsIn(cell);
        int id = block.geometry().id();
        return bits == 1 ? String.format(Locale.ROOT, "chunk %d bit %d (0x%x)", id, first, block.addressOf(first))
                : String.format(Locale.ROOT, "chunk %d bits %d–%d (%s)", id, first, first + bits - 1,
                        AddressRange.of(block.addressOf(first), (long) bits << block.order()));
    }

    /** What a live cell holds: "allocated" or "free" for one bit, "5 of 64 allocated" for a group. */
    public static String allocation(int allocated, int bits) {
        return bits == 1 ? (allocated == 1 ? "allocated" : "free") : share(allocated, bits);
    }

    /** "5 of 64 allocated". */
    public static String share(long set, int bits) {
        return String.format(Locale.ROOT, "%,d of %,d allocated", set, bits);
    }
}
