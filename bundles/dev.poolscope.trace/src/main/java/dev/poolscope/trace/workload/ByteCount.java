package dev.poolscope.trace.workload;

import java.math.BigInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A byte count as the text formats write it (workloads, scenario files): digits, optionally with a
 * binary unit, {@code K}/{@code KiB}, {@code M}/{@code MiB} or {@code G}/{@code GiB} (2048, 64K,
 * 4MiB); written back in the largest binary unit that divides it (2048 is 2KiB, 96 stays 96).
 */
public final class ByteCount {

    private static final Pattern BYTES = Pattern.compile("(\\d+)(K|KiB|M|MiB|G|GiB)?");

    private ByteCount() {
    }

    /** @throws IllegalArgumentException naming the text as written, when it is not a byte count or is over 2^63-1 */
    public static long parse(String text) {
        Matcher m = BYTES.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException("expected a byte count such as 2048, 64K or 4MiB, got '" + text + "'");
        }
        int shift = m.group(2) == null ? 0 : switch (m.group(2).charAt(0)) {
            case 'K' -> 10;
            case 'M' -> 20;
            default -> 30;
        };
        // parsed exactly, never clamped, so a message names the count as written; over 19 significant
        // digits it is past 2^63 whatever it says, and is not parsed at all
        String digits = m.group(1).replaceFirst("^0+(?=\\d)", "");
        if (digits.length() > 19 || new BigInteger(digits).bitLength() > 63 - shift) {
            throw new IllegalArgumentException("byte count '" + text + "' is too large (the largest is "
                    + (Long.MAX_VALUE >>> shift) + (shift == 0 ? "" : m.group(2)) + ")");
        }
        return Long.parseLong(digits) << shift;
    }

    /** In the largest binary unit that divides the count: 4MiB, 64KiB, 2048 is 2KiB, 96 stays 96. */
    public static String format(long bytes) {
        int shift = bytes == 0 ? 0 : Math.min(30, Long.numberOfTrailingZeros(bytes) / 10 * 10);
        return (bytes >>> shift) + (shift == 30 ? "GiB" : shift == 20 ? "MiB" : shift == 10 ? "KiB" : "");
    }
}
