package dev.poolscope.model.grid;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.poolscope.trace.ChunkGeometry;

import java.util.Locale;

import org.junit.jupiter.api.Test;

/** The Heat Grid's words: the same in both modes, and in the root locale whatever the desktop's. */
class GridTextTest {

    private final GridBlock block = new GridBlock(0, new ChunkGeometry(0, 0x1000_0000L, 0, 2L << 20), 5, 16, 128, 6, 0, 0);

    @Test
    void headerAndHoverLines() {
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.GERMANY);
        try {
            assertEquals("chunk 0   0x10000000 – 0x101fffff", GridText.title(block));
            assertEquals("2 MiB, 65,536 bits of 32 B · 50% allocated · 1 cell = 16 bits", GridText.figures(block, 32_768));
            assertEquals("chunk 0 bits 16–31 (0x10000200 – 0x100003ff)", GridText.location(block, 1));
            assertEquals("1,000 of 1,024 allocated", GridText.share(1000, 1024));
        } finally {
            Locale.setDefault(before);
        }
        GridBlock oneBit = new GridBlock(3, new ChunkGeometry(3, 0x1000_0000L, 0, 4096), 5, 1, 64, 6, 0, 0);
        assertEquals("chunk 3 bit 10 (0x10000140)", GridText.location(oneBit, 10));
        assertEquals("4 KiB, 128 bits of 32 B · 1% allocated · 1 cell = 1 bit", GridText.figures(oneBit, 1));
    }
}
