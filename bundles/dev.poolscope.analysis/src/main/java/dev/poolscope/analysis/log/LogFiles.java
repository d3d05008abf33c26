package dev.poolscope.analysis.log;

import dev.poolscope.core.io.FileOperationException;
import dev.poolscope.core.io.InputFiles;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Tells an allocation log from a trace, the one rule every place that takes either (the CLI's analysis
 * commands, File &gt; Open) follows: a log is a file whose first line that is neither empty nor a
 * comment is the header {@value AllocationLogReader#HEADER} (or {@value AllocationLogReader#HEADER_WITH_CALLER}). A trace is binary and never starts so.
 */
public final class LogFiles {

    /** How far a look for the header reads: a log's comments before it are short, a trace's bytes are not lines. */
    private static final int LOOK_CHARS = 1 << 16;

    private LogFiles() {
    }

    /**
     * True when {@code file} starts as an allocation log does; reads at most the first 64 KiB.
     *
     * @throws FileOperationException naming the file, when it is not a regular file or cannot be read
     */
    public static boolean isAllocationLog(Path file) throws FileOperationException {
        try (Reader reader = new InputStreamReader(Channels.newInputStream(InputFiles.open(file)),
                StandardCharsets.ISO_8859_1)) {
            // a bounded read: a trace may be gigabytes with no line end in sight
            char[] start = new char[LOOK_CHARS];
            int length = 0;
            for (int got = 0; got >= 0 && length < start.length; got = reader.read(start, length, start.length - length)) {
                length += got;
            }
            for (String line : new String(start, 0, length).split("\r?\n", -1)) {
                if (!AllocationLogReader.isSkipped(line)) {
                    return AllocationLogReader.isHeader(line);
                }
            }
            return false;
        } catch (FileOperationException e) {
            throw e;
        } catch (IOException e) { // a read that failed part-way
            throw FileOperationException.of("read", file, e);
        }
    }
}
