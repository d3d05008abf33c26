package dev.poolscope.model.explain;

import java.util.Locale;

/** How the inspector writes numbers: hex for words and addresses, grouped decimal for counts and sequence numbers. */
final class Numbers {

    private Numbers() {
    }

    /** {@code value} in hex, padded to {@code digits} digits: "0x00ff". */
    static String hex(long value, int digits) {
        String text = Long.toHexString(value);
        return "0x" + "0".repeat(Math.max(0, digits - text.length())) + text;
    }

    /**
     * Hex digits enough for every one of {@code values}, in whole groups of four: words are compared
     * digit by digit in a sentence, so they are written to one width ("0x00ff" beside "0x0fff").
     */
    static int digitsFor(long... values) {
        int digits = 4;
        for (long value : values) {
            int needed = (Long.SIZE - Long.numberOfLeadingZeros(value) + 3) / 4;
            digits = Math.max(digits, (needed + 3) / 4 * 4);
        }
        return digits;
    }

    /** A single word in hex, padded to whole groups of four digits. */
    static String word(long value) {
        return hex(value, digitsFor(value));
    }

    /** An address in hex, unpadded. */
    static String address(long value) {
        return "0x" + Long.toHexString(value);
    }

    /** A count or sequence number with thousands separators: "4,211". */
    static String count(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }
}
