package dev.poolscope.trace.scenario;

import dev.poolscope.trace.EventKind;
import dev.poolscope.trace.workload.ByteCount;

import java.util.Arrays;
import java.util.stream.Collectors;

/** The values inside a scenario file's lines: whole numbers, byte counts, addresses and event kinds. */
final class Values {

    /** The most characters of a value a message quotes. */
    private static final int QUOTED = 60;

    private Values() {
    }

    /** A whole number from 0 to 2^31-1, {@code what} naming it in the error. */
    static int whole(Line line, String what, String text) {
        if (!text.matches("\\d+")) {
            throw line.error(what + " must be a whole number, got " + quote(text));
        }
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw line.error(what + " " + quote(text) + " is too large (the largest is " + Integer.MAX_VALUE + ")");
        }
    }

    /** A byte count, as {@link ByteCount} reads it. */
    static long bytes(Line line, String text) {
        return line.checked(() -> ByteCount.parse(text));
    }

    /** An address in hex, 0x and up to 16 digits. */
    static long address(Line line, String text) {
        if (!text.matches("0x[0-9a-fA-F]{1,16}")) {
            throw line.error("expected an address in hex such as 0x10000000, got " + quote(text));
        }
        return Long.parseUnsignedLong(text.substring(2), 16);
    }

    /** An address as {@link #address} reads it. */
    static String address(long address) {
        return "0x" + Long.toHexString(address);
    }

    /** An event kind by its name, as traces and the timeline show it: RETRY, PARTIAL_SET, ... */
    static EventKind kind(Line line, String text) {
        for (EventKind kind : EventKind.values()) {
            if (kind.name().equals(text)) {
                return kind;
            }
        }
        throw line.error("unknown event kind " + quote(text) + " (known: " + kinds() + ")");
    }

    /** {@code text} in single quotes for a message: at most its first 60 characters, and its length when longer. */
    static String quote(String text) {
        return text.length() <= QUOTED ? "'" + text + "'"
                : "'" + text.substring(0, QUOTED) + "...' (" + text.length() + " characters)";
    }

    /** Every event kind's name, comma-separated. */
    static String kinds() {
        return Arrays.stream(EventKind.values()).map(EventKind::name).collect(Collectors.joining(", "));
    }
}
