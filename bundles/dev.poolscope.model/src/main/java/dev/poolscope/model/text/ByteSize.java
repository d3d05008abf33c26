package dev.poolscope.model.text;

import java.util.Locale;

/** Byte counts for people: "16 KiB" or "4 MiB" when exact in the largest unit that fits, "1,920 B" when not. */
public final class ByteSize {

    private static final String[] UNITS = {"B", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB"};

    private ByteSize() {
    }

    public static String of(long bytes) {
        int unit = 0;
        while (unit < UNITS.length - 1 && bytes >>> (10 * (unit + 1)) != 0 && bytes > 0) {
            unit++;
        }
        long whole = bytes >> (10 * unit);
        return whole << (10 * unit) == bytes ? String.format(Locale.ROOT, "%,d %s", whole, UNITS[unit])
                : String.format(Locale.ROOT, "%,d B", bytes);
    }
}
