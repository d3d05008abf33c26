package dev.poolscope.analysis.capture;

import java.io.IOException;
import java.io.InputStream;

/**
 * A capture's lines with their byte offsets, read one byte per char (ISO-8859-1), so a binary file
 * gives a format error, never a decoding one. A last line without its {@code \n} is marked so: in a
 * capture that was cut short it is a partial line.
 */
final class CaptureLines {

    /** A line without its end; {@code offset} is where it starts in the file. */
    record Line(long number, long offset, String text, boolean terminated) {
    }

    private final InputStream in;
    private final StringBuilder text = new StringBuilder(256);
    private long offset;
    private long number;

    CaptureLines(InputStream in) {
        this.in = in;
    }

    /** The next line, or null at the end of the file. */
    Line next() throws IOException {
        text.setLength(0);
        long start = offset;
        int b = in.read();
        if (b < 0) {
            return null;
        }
        while (b >= 0 && b != '\n') {
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
