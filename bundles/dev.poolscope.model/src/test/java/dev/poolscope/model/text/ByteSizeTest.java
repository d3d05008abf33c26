package dev.poolscope.model.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;

import org.junit.jupiter.api.Test;

/** Byte sizes as the Heat Grid, the Pools view and the inspector's sentences print them. */
class ByteSizeTest {

    @Test
    void exactSizesTakeTheirUnitAndTheRestIsGroupedBytes() {
        assertEquals("0 B", ByteSize.of(0));
        assertEquals("1 B", ByteSize.of(1));
        assertEquals("1,023 B", ByteSize.of(1023));
        assertEquals("1 KiB", ByteSize.of(1024));
        assertEquals("1,920 B", ByteSize.of(1920));
        assertEquals("16 KiB", ByteSize.of(16 * 1024));
        assertEquals("65,560 B", ByteSize.of(64 * 1024 + 24), "tail bytes: not a whole KiB");
        assertEquals("4 MiB", ByteSize.of(4L << 20));
        assertEquals("1,049,600 B", ByteSize.of((1L << 20) + 1024), "not whole in the largest unit that fits");
        assertEquals("3 GiB", ByteSize.of(3L << 30));
        assertEquals("4 EiB", ByteSize.of(1L << 62));
        assertEquals("-5 B", ByteSize.of(-5));
    }

    @Test
    void aGermanDesktopReadsTheSameDigits() {
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.GERMANY);
        try {
            assertEquals("65,560 B", ByteSize.of(65_560));
            assertEquals("0x10000000 – 0x10003fff", AddressRange.of(0x1000_0000L, 16 * 1024));
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void anAddressRangeEndsAtItsLastByte() {
        assertEquals("0x10000000 – 0x10000fff", AddressRange.of(0x1000_0000L, 4096));
        assertEquals("0x20 – 0x20", AddressRange.of(0x20, 1));
    }
}
