package dev.poolscope.analysis.capture;

import java.math.BigInteger;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The tokens of one capture line, taken in order: each {@code key=value} field must come where the
 * format puts it, and each value must have its field's syntax. Problems name the value as written.
 */
final class FieldCursor {

    /** The longest token a message quotes; longer ones are described by their length. */
    private static final int QUOTED_CHARS = 40;
    private static final Pattern HEX = Pattern.compile("0x(0|[1-9a-f][0-9a-f]{0,15})");
    private static final Pattern DEC = Pattern.compile("-?[0-9]{1,19}");
    private static final Pattern DATA = Pattern.compile("-|(align|offset)=[0-9]{1,19}");

    private final String[] tokens;
    private int next;

    private FieldCursor(String[] tokens, int next) {
        this.tokens = tokens;
        this.next = next;
    }

    /** The tokens of {@code line}, which must be separated by single spaces, from token {@code from} on. */
    static FieldCursor of(String line, int from) throws BadLine {
        String[] tokens = line.split(" ", -1);
        for (String token : tokens) {
            if (token.isEmpty()) {
                throw new BadLine("an empty token: tokens are separated by exactly one space");
            }
        }
        return new FieldCursor(tokens, from);
    }

    /** The token at {@code index}, or null past the end. */
    String token(int index) {
        return index < tokens.length ? tokens[index] : null;
    }

    /** The next token as a bare word (a kind), which must be there. */
    String word(String what) throws BadLine {
        if (next >= tokens.length) {
            throw new BadLine("the line ends before its " + what);
        }
        return tokens[next++];
    }

    /** The value of the next field, which must be {@code key=...}. */
    String text(String key) throws BadLine {
        if (next >= tokens.length) {
            throw new BadLine("missing field '" + key + "=' at the end of the line");
        }
        String token = tokens[next];
        if (!token.startsWith(key + "=")) {
            throw new BadLine("expected field '" + key + "=' here, found " + quoted(token));
        }
        next++;
        return token.substring(key.length() + 1);
    }

    /** A {@code <hex>} field: {@code 0x} and up to 16 lowercase digits, no padding; an unsigned 64-bit value. */
    long hex(String key) throws BadLine {
        String value = text(key);
        if (!HEX.matcher(value).matches()) {
            throw new BadLine(key + " " + quoted(value) + " is not a hex value (0x and lowercase digits, no padding)");
        }
        return Long.parseUnsignedLong(value.substring(2), 16);
    }

    /** A {@code <dec>} field of 0..2^63-1. */
    long dec(String key) throws BadLine {
        long value = signed(key);
        if (value < 0) {
            throw new BadLine("negative " + key + " '" + value + "'");
        }
        return value;
    }

    /** A {@code <dec>} field that fits an int, and is not negative unless {@code mayBeNegative}. */
    int decInt(String key, boolean mayBeNegative) throws BadLine {
        long value = mayBeNegative ? signed(key) : dec(key);
        if (value != (int) value) {
            throw new BadLine(key + " '" + value + "' is out of range");
        }
        return (int) value;
    }

    /** An algorithm: a {@code algo=<sym>} field, then {@code data=<data>}. */
    CapturedAlgo algo() throws BadLine {
        String symbol = text("algo");
        String data = text("data");
        if (!DATA.matcher(data).matches() || (!data.equals(CapturedAlgo.NO_DATA) && !fitsLong(data.substring(data.indexOf('=') + 1)))) {
            throw new BadLine("data " + quoted(data) + " is not '-', 'align=N' or 'offset=N'");
        }
        return new CapturedAlgo(symbol, data);
    }

    /** The line must end here. */
    void end() throws BadLine {
        if (next < tokens.length) {
            throw new BadLine("unexpected " + quoted(tokens[next]) + " after the last field");
        }
    }

    private long signed(String key) throws BadLine {
        String value = text(key);
        if (!DEC.matcher(value).matches() || !fitsLong(value)) {
            throw new BadLine(key + " " + quoted(value) + " is not a decimal number");
        }
        return Long.parseLong(value);
    }

    private static boolean fitsLong(String digits) {
        return new BigInteger(digits).bitLength() <= 63;
    }

    /** A token as a message shows it: quoted when short, else its length. */
    static String quoted(String text) {
        return text.length() <= QUOTED_CHARS ? "'" + text + "'"
                : String.format(Locale.ROOT, "(%,d characters, too long to quote)", text.length());
    }
}
