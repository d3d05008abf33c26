package dev.poolscope.trace.ctf;

import dev.poolscope.core.io.FileOperationException;
import dev.poolscope.core.io.WholeOutput;
import dev.poolscope.trace.Event;
import dev.poolscope.trace.EventCursor;
import dev.poolscope.trace.Trace;
import dev.poolscope.trace.TraceHeader;
import dev.poolscope.trace.file.EventLoss;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.BooleanSupplier;

/**
 * Exports a trace as a CTF 1.8 trace directory that babeltrace2 reads: a {@code metadata} file and
 * one stream file per thread ({@code thread-N}), one CTF event per trace event, named by its kind
 * ({@code cas}, {@code alloc_begin}, ...) with fields {@code seq}, {@code chunk} and the kind's
 * payload (bits and addresses in hex; a {@code label} event also its text). The header, its start
 * state included, goes into env entries named {@code poolscope_*},
 * and so does what a damaged trace lost. The events are streamed: memory is one packet per thread,
 * whatever the trace's length. The directory is whole or absent ({@link WholeOutput}): it is
 * written beside the target and renamed into place only when every event is in it.
 */
public final class CtfExport {

    private CtfExport() {
    }

    /** As {@link #export(Trace, EventLoss, Path, BooleanSupplier)} for an intact trace, never cancelled. */
    public static long export(Trace trace, Path directory) throws IOException {
        return export(trace, EventLoss.NONE, directory, () -> false);
    }

    /**
     * Writes {@code trace} into {@code directory}, which must be absent or empty. The same trace
     * always gives the same files. On any failure (the trace cannot be read to its end, a write
     * fails) the directory is as it was and nothing is left beside it.
     *
     * @param loss      what the trace lost, said in the metadata's env ({@code poolscope_events_lost}, {@code poolscope_damage})
     * @param cancelled asked before each event; once true, the export stops and fails (Ctrl+C), keeping nothing
     * @return the number of events written: the trace's event count
     * @throws IOException naming the file, and saying that nothing was kept; an {@link InterruptedIOException}
     *                     as its cause when it was cancelled
     */
    public static long export(Trace trace, EventLoss loss, Path directory, BooleanSupplier cancelled) throws IOException {
        try (WholeOutput out = WholeOutput.directory(directory)) { // closing it deletes what was written unless committed
            try {
                long written = write(trace, loss, out.temporary(), cancelled);
                out.commit();
                return written;
            } catch (IOException e) {
                throw out.failed(e);
            }
        }
    }

    private static long write(Trace trace, EventLoss loss, Path directory, BooleanSupplier cancelled)
            throws IOException {
        UUID uuid = uuidOf(trace.header(), trace.eventCount());
        Path metadata = directory.resolve("metadata");
        try {
            Files.writeString(metadata, CtfMetadata.text(trace.header(), trace.eventCount(), loss, uuid),
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw FileOperationException.of("write", metadata, e);
        }
        byte[] uuidBytes = ByteBuffer.allocate(16).putLong(uuid.getMostSignificantBits())
                .putLong(uuid.getLeastSignificantBits()).array();
        Map<Integer, CtfStream> streams = new TreeMap<>();
        long written = 0;
        try (EventCursor cursor = trace.from(0)) {
            for (Event event = cursor.next(); event != null; event = cursor.next()) {
                if (cancelled.getAsBoolean()) {
                    throw new InterruptedIOException(String.format("the export was interrupted after %,d of %,d events",
                            written, trace.eventCount()));
                }
                streams.computeIfAbsent(event.thread(),
                        thread -> new CtfStream(directory.resolve("thread-" + thread), thread, uuidBytes,
                                trace.header().labels())).add(event);
                written++;
            }
        }
        for (CtfStream stream : streams.values()) {
            stream.flush();
        }
        return written;
    }

    /** A name-based UUID of the header and event count: the same trace gets the same UUID. */
    private static UUID uuidOf(TraceHeader header, long eventCount) {
        return UUID.nameUUIDFromBytes((header + "/" + eventCount).getBytes(StandardCharsets.UTF_8));
    }
}
