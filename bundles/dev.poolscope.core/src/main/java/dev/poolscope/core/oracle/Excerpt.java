package dev.poolscope.core.oracle;

/**
 * A piece of a vector file as a message quotes it: at most {@value #MAX_CHARS} characters, each
 * byte that is not printable ASCII as {@code \xNN}, so that a huge or binary line gives a short,
 * readable message.
 */
final class Excerpt {

    /** The most characters of the input an excerpt shows. */
    static final int MAX_CHARS = 80;

    private Excerpt() {
    }

    /** {@code text} (one char per byte, as the runner decodes files) cut and escaped, in single quotes. */
    static String of(String text) {
        StringBuilder out = new StringBuilder("'");
        int shown = Math.min(text.length(), MAX_CHARS);
        for (int i = 0; i < shown; i++) {
            char c = text.charAt(i);
            if (c >= 0x20 && c < 0x7f && c != '\\') {
                out.append(c);
            } else {
                out.append(String.format("\\x%02x", c & 0xff));
            }
        }
        out.append('\'');
        if (text.length() > shown) {
            out.append(String.format(" (cut: %,d characters in all)", text.length()));
        }
        return out.toString();
    }
}
