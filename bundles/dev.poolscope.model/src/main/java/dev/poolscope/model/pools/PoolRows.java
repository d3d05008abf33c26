package dev.poolscope.model.pools;

import dev.poolscope.model.text.AddressRange;
import dev.poolscope.model.text.ByteSize;

import java.util.List;
import java.util.Locale;

/** The Pools view's columns, as text: a row for the pool, then a row per chunk in list order. */
public final class PoolRows {

    public static final List<String> COLUMNS = List.of("Pool / chunk", "Addresses", "Size", "Avail", "Allocated",
            "Variant", "Algorithm");

    private PoolRows() {
    }

    /** The pool's row: its name, totals over its chunks, its variant and algorithm. */
    public static List<String> of(PoolFigures pool) {
        long size = pool.size();
        long avail = pool.avail();
        return List.of(pool.name(), pool.chunks().size() + " chunks", ByteSize.of(size), ByteSize.of(avail),
                percent(size - avail, size), pool.variant(), pool.algorithm());
    }

    /** A chunk's row: its id, address range, size, avail and how much is allocated. */
    public static List<String> of(ChunkFigures chunk) {
        long used = chunk.size() - chunk.avail();
        return List.of("chunk " + chunk.id(), AddressRange.of(chunk.start(), chunk.size()),
                ByteSize.of(chunk.size()), ByteSize.of(chunk.avail()), percent(used, chunk.size()), "", "");
    }

    private static String percent(long part, long whole) {
        return whole == 0 ? "–" : String.format(Locale.ROOT, "%.1f %%", 100.0 * part / whole);
    }
}
