package dev.poolscope.analysis.capture;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Locale;

/**
 * A capture's lines with their byte offsets, read one byte per char (ISO-8859-1), so a binary file
 * gives a format error, never a decoding one. A last line without its {@code \n} is marked so: in a
 * capture that was cut short it is a partial line.
 */
final class CaptureLines {

    /** The longest line read: far above any line of the format, low enough that a binary file cannot fill the heap. */
    static final int MAX_LINE = 1 << 20;

    /** A line without its end; {@code offset} is where it starts in the file. */
    record Line(long number, long offset, String text, boolean terminated) {
    }

    private final Path file;
    private final InputStream in;
    private final StringBuilder text = new StringBuilder(256);
    private long offset;
    private long number;

    CaptureLines(Path file, InputStream in) {
        this.file = file;
        this.in = in;
    }

    /**
     * The next line, or null at the end of the file.
     *
     * @throws CaptureFormatException for a line longer than {@link #MAX_LINE}
     */
    Line next() throws IOException {
        text.setLength(0);
        long start = offset;
        int b = in.read();
        if (b < 0) {
            return null;
        }
        while (b >= 0 && b != '\n') {
            if (text.length() == MAX_LINE) {
                throw new CaptureFormatException(file, number + 1, start, String.format(Locale.ROOT,
                        "a line longer than %,d bytes: not a capture line", MAX_LINE));
            }
            text.append((char) b);
            offset++;
            b = in.read();
        }
        if (b == '\n') {
            offset++;
        }
        number++;
        return new Line(number, start, text.toString(), b == '\n');
    }

    /** Lines read so far. */
    long lineCount() {
        return number;
    }

    /** Bytes read so far: the file's size once {@link #next()} has returned null. */
    long offset() {
        return offset;
    }
}
