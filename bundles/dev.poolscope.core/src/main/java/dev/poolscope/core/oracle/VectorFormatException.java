package dev.poolscope.core.oracle;

import java.nio.file.Path;

/** A line of a vector file that does not follow the format; names the file and line. */
public final class VectorFormatException extends Exception {

    private static final long serialVersionUID = 1L;

    public VectorFormatException(Path file, long line, String problem) {
        super(file + ":" + line + ": " + problem);
    }
}
