package dev.poolscope.trace.ctf;

import dev.poolscope.trace.Event;
import dev.poolscope.trace.EventCursor;
import dev.poolscope.trace.Trace;
import dev.poolscope.trace.TraceHeader;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Exports a trace as a CTF 1.8 trace directory that babeltrace2 reads: a {@code metadata} file and
 * one stream file per thread ({@code thread-N}), one CTF event per trace event, named by its kind
 * ({@code cas}, {@code alloc_begin}, ...) with fields {@code seq}, {@code chunk} and the kind's
 * payload (bits and addresses in hex). The header goes into env entries named {@code poolscope_*}.
 * The events are streamed: memory is one packet per thread, whatever the trace's length.
 */
public final class CtfExport {

    private CtfExport() {
    }

    /**
     * Writes {@code trace} into {@code directory}, which is created when absent and must be empty.
     * The same trace always gives the same files.
     *
     * @return the number of events written: the trace's event count
     */
    public static long export(Trace trace, Path directory) throws IOException {
        Files.createDirectories(directory);
        checkEmpty(directory);
        UUID uuid = uuidOf(trace.header(), trace.eventCount());
        Files.writeString(directory.resolve("metadata"), CtfMetadata.text(trace.header(), trace.eventCount(), uuid),
                StandardCharsets.UTF_8);
        byte[] uuidBytes = ByteBuffer.allocate(16).putLong(uuid.getMostSignificantBits())
                .putLong(uuid.getLeastSignificantBits()).array();
        Map<Integer, CtfStream> streams = new TreeMap<>();
        long written = 0;
        try (EventCursor cursor = trace.from(0)) {
            for (Event event = cursor.next(); event != null; event = cursor.next()) {
                streams.computeIfAbsent(event.thread(),
                        thread -> new CtfStream(directory.resolve("thread-" + thread), thread, uuidBytes)).add(event);
                written++;
            }
        }
        for (CtfStream stream : streams.values()) {
            stream.flush();
        }
        return written;
    }

    private static void checkEmpty(Path directory) throws IOException {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(directory)) {
            if (entries.iterator().hasNext()) {
                throw new IOException(directory + ": not an empty directory; babeltrace2 would read every file in it as"
                        + " part of the trace");
            }
        }
    }

    /** A name-based UUID of the header and event count: the same trace gets the same UUID. */
    private static UUID uuidOf(TraceHeader header, long eventCount) {
        return UUID.nameUUIDFromBytes((header + "/" + eventCount).getBytes(StandardCharsets.UTF_8));
    }
}
