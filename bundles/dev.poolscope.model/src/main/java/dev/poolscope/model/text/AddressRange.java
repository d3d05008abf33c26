package dev.poolscope.model.text;

import java.util.Locale;

/** A run of addresses as every view writes it: first and last address, both inclusive, "0x10000000 – 0x10003fff". */
public final class AddressRange {

    private AddressRange() {
    }

    /** The {@code size} bytes from {@code start}; {@code size} is at least 1. */
    public static String of(long start, long size) {
        return String.format(Locale.ROOT, "0x%x – 0x%x", start, start + size - 1);
    }
}
