package dev.poolscope.trace.run;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/** Where recordings go by default: {@code ~/.poolscope/traces}, one file per run named by its time. */
public final class TraceFiles {

    /** The extension of Poolscope's trace files. */
    public static final String EXTENSION = ".pstrace";

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private TraceFiles() {
    }

    /** The user's trace directory. */
    public static Path directory() {
        return Path.of(System.getProperty("user.home"), ".poolscope", "traces");
    }

    /** A new file in the trace directory: {@code <prefix>-<yyyyMMdd-HHmmss>.pstrace}. */
    public static Path newFile(String prefix) {
        return directory().resolve(prefix + "-" + LocalDateTime.now().format(STAMP) + EXTENSION);
    }
}
