package dev.poolscope.trace.file;

import dev.poolscope.core.io.FileOperationException;
import dev.poolscope.trace.EventKind;
import dev.poolscope.trace.TraceHeader;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.CRC32C;

/**
 * Writes a trace file: the header at creation, then each {@link EventBlock} as one checksummed
 * block, appended in the order given. The file is format version 1 when the header has no start
 * state and no labels (so such a trace is byte for byte what it always was), version 2 otherwise. The same header and blocks always give the same bytes.
 * Not thread-safe: one thread writes.
 */
public final class TraceWriter implements AutoCloseable {

    private final Path file;
    private final FileChannel channel;
    /** Entries in the header's label table: a LABEL event names one. */
    private final int labels;
    private final CRC32C crc = new CRC32C();
    /** The last seq written for each thread: a thread's blocks must go forward. */
    private final Map<Integer, Long> lastSeqs = new HashMap<>();
    private byte[] encoded = new byte[TraceFormat.BLOCK_HEADER_BYTES];
    /** Bytes written so far: where the next block starts. */
    private long bytesWritten;

    private TraceWriter(Path file, FileChannel channel, int labels) {
        this.file = file;
        this.channel = channel;
        this.labels = labels;
    }

    /**
     * Creates (or truncates) {@code file} and writes the header.
     *
     * @throws IllegalArgumentException when the header has a value the format cannot hold
     */
    public static TraceWriter create(Path file, TraceHeader header) throws IOException {
        byte[] headerBytes = HeaderCodec.encode(header);
        FileChannel channel;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING);
        } catch (IOException e) {
            throw FileOperationException.of("write", file, e);
        }
        TraceWriter writer = new TraceWriter(file, channel, header.labels().size());
        boolean written = false;
        try {
            writer.append(headerBytes, headerBytes.length, "the header");
            written = true;
        } finally {
            if (!written) {
                channel.close();
            }
        }
        return writer;
    }

    public Path file() {
        return file;
    }

    /**
     * Appends {@code events} as one block.
     *
     * @throws IOException              naming the file and offset when the write fails; the file may
     *                                  then end in a torn block, and nothing more should be written
     * @throws IllegalArgumentException when the block is empty, its seqs do not increase (within it
     *                                  and after the thread's previous block), an event has a
     *                                  non-zero field its kind does not use, or a LABEL names no
     *                                  label of the header
     */
    public void write(EventBlock events) throws IOException {
        if (events.isEmpty()) {
            throw new IllegalArgumentException("an empty block of thread " + events.thread() + " cannot be written");
        }
        int length = encode(events);
        append(encoded, length, "a block of thread " + events.thread());
        lastSeqs.put(events.thread(), events.seq(events.size() - 1));
    }

    /** Encodes the block into {@code encoded}, header first; returns its length. */
    private int encode(EventBlock events) {
        int needed = TraceFormat.BLOCK_HEADER_BYTES + events.size() * TraceFormat.MAX_EVENT_BYTES;
        if (encoded.length < needed) {
            encoded = new byte[needed];
        }
        long previousSeq = lastSeqs.getOrDefault(events.thread(), -1L);
        long firstSeq = events.seq(0);
        if (firstSeq <= previousSeq) {
            throw new IllegalArgumentException("thread " + events.thread() + ": block starts at seq " + firstSeq
                    + ", not after the thread's last seq " + previousSeq);
        }
        int at = TraceFormat.BLOCK_HEADER_BYTES;
        long seq = firstSeq - 1;
        long time = 0;
        for (int i = 0; i < events.size(); i++) {
            long next = events.seq(i);
            if (next <= seq) {
                throw new IllegalArgumentException("thread " + events.thread() + ": seq " + next + " follows seq " + seq);
            }
            at = LittleEndian.putVarint(encoded, at, next - seq - 1);
            seq = next;
            at = LittleEndian.putZigZag(encoded, at, events.time(i) - time);
            time = events.time(i);
            EventKind kind = events.kind(i);
            if (kind == EventKind.LABEL && (events.field(i, 0) < 0 || events.field(i, 0) >= labels)) {
                throw new IllegalArgumentException("thread " + events.thread() + " seq " + next + ": label "
                        + events.field(i, 0) + " is not in the header's table of " + labels + " labels");
            }
            encoded[at++] = (byte) kind.code();
            at = LittleEndian.putVarint(encoded, at, events.chunk(i) + 1L);
            at = putFields(events, i, kind, at);
        }
        int payloadLength = at - TraceFormat.BLOCK_HEADER_BYTES;
        crc.reset();
        crc.update(encoded, TraceFormat.BLOCK_HEADER_BYTES, payloadLength);
        BlockHeader.encode(encoded, events.thread(), events.size(), payloadLength, firstSeq, seq, (int) crc.getValue());
        return at;
    }

    private int putFields(EventBlock events, int index, EventKind kind, int at) {
        int position = at;
        int used = kind.fields().size();
        for (int f = 0; f < EventKind.MAX_FIELDS; f++) {
            long value = events.field(index, f);
            if (f < used) {
                position = LittleEndian.putZigZag(encoded, position, value);
            } else if (value != 0) {
                throw new IllegalArgumentException("thread " + events.thread() + " seq " + events.seq(index) + ": "
                        + kind + " has no field " + f + ", but it holds " + value);
            }
        }
        return position;
    }

    /** Writes {@code bytes[0..length)} at the end of the file; a failure names the file, the offset and what was written. */
    private void append(byte[] bytes, int length, String what) throws IOException {
        ByteBuffer buffer = ByteBuffer.wrap(bytes, 0, length);
        try {
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
        } catch (IOException e) {
            throw FileOperationException.of("write", file, what + " at byte " + (bytesWritten + buffer.position()), e);
        }
        bytesWritten += length;
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
