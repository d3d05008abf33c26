package dev.poolscope.trace.file;

import dev.poolscope.trace.ChunkGeometry;
import dev.poolscope.trace.Event;
import dev.poolscope.trace.TraceHeader;
import dev.poolscope.trace.UnitRuns;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32C;

/**
 * Trace file bytes built from TRACE-FORMAT.md alone (version 1, or 2 for a header with a start state
 * or labels), independently of the production writer, with
 * every field under the test's control: so tests can check the writer against the document and
 * craft files that are well sealed (checksums right) yet wrong in one chosen way.
 */
final class TraceBytes {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    /** A file starting with the header of {@code header}. */
    static TraceBytes withHeader(TraceHeader header) {
        TraceBytes file = new TraceBytes();
        file.put(headerBytes(header));
        return file;
    }

    static byte[] headerBytes(TraceHeader header) {
        Fields body = new Fields();
        body.u8(header.minAllocOrder());
        body.string(header.variant());
        body.string(header.algorithm());
        body.u32(header.chunks().size());
        for (ChunkGeometry chunk : header.chunks()) {
            body.u32(chunk.id()).u64(chunk.start()).u64(chunk.phys()).u64(chunk.size());
        }
        body.u32(header.threads());
        body.string(header.workload());
        body.u64(header.seed());
        if (header.start().isEmpty() && header.labels().isEmpty() && header.origin().isEmpty()) {
            return header(1, body.bytes());
        }
        for (ChunkGeometry chunk : header.chunks()) {
            UnitRuns runs = header.start().chunk(chunk.id());
            body.varint(runs.count());
            for (int run = 0; run < runs.count(); run++) {
                body.varint(runs.start(run)).varint(runs.length(run));
            }
        }
        body.u32(header.labels().size());
        header.labels().forEach(body::string);
        if (header.origin().isEmpty()) {
            return header(2, body.bytes());
        }
        body.string(header.origin().get().parent()).u64(header.origin().get().event()).u32(header.origin().get().thread());
        return header(3, body.bytes());
    }

    /** Magic, {@code version}, the body's length, the body, its CRC32C. */
    static byte[] header(int version, byte[] body) {
        Fields all = new Fields();
        all.raw(new byte[] {(byte) 0x89, 'P', 'S', 'T', '\r', '\n', 0x1a, '\n'});
        all.u32(version).u32(body.length).raw(body).u32(crc32c(body, 0, body.length));
        return all.bytes();
    }

    /** Offset where the next bytes go. */
    int size() {
        return out.size();
    }

    TraceBytes put(byte[] bytes) {
        out.writeBytes(bytes);
        return this;
    }

    /** Appends a block of {@code events} (one thread's, in seq order), as the document says a writer does. */
    TraceBytes block(int thread, List<Event> events) {
        Fields payload = new Fields();
        long seq = events.get(0).seq() - 1;
        long time = 0;
        for (Event e : events) {
            payload.varint(e.seq() - seq - 1);
            seq = e.seq();
            payload.zigzag(e.time() - time);
            time = e.time();
            payload.u8(e.kind().code());
            payload.varint(e.chunk() + 1L);
            for (int f = 0; f < e.kind().fields().size(); f++) {
                payload.zigzag(e.field(f));
            }
        }
        return block(thread, events.size(), events.get(0).seq(), seq, payload.bytes());
    }

    /** Appends a block with these header values and payload, both checksums right. */
    TraceBytes block(int thread, long count, long firstSeq, long lastSeq, byte[] payload) {
        return put(blockHeader(thread, count, payload.length, firstSeq, lastSeq, crc32c(payload, 0, payload.length)))
                .put(payload);
    }

    static byte[] blockHeader(int thread, long count, long payloadLength, long firstSeq, long lastSeq, int payloadCrc) {
        Fields header = new Fields();
        header.raw("PBLK".getBytes(StandardCharsets.US_ASCII)).u32(thread).u32(count).u32(payloadLength)
                .u64(firstSeq).u64(lastSeq).u32(payloadCrc);
        byte[] first36 = header.bytes();
        return new Fields().raw(first36).u32(crc32c(first36, 0, 36)).bytes();
    }

    byte[] bytes() {
        return out.toByteArray();
    }

    /** Where each block of the whole trace file {@code file} begins, its header ending at {@code headerEnd}. */
    static List<Integer> blockOffsets(byte[] file, int headerEnd) {
        List<Integer> blocks = new ArrayList<>();
        for (int at = headerEnd; at < file.length; at += 40 + payloadLength(file, at)) {
            blocks.add(at);
        }
        return blocks;
    }

    /** The payload length the block at {@code block} of {@code file} states. */
    static int payloadLength(byte[] file, int block) {
        return ByteBuffer.wrap(file).order(ByteOrder.LITTLE_ENDIAN).getInt(block + 12);
    }

    /** Recomputes the payload and header checksums of the block at {@code block}, as a well-meaning but wrong writer would. */
    static void reseal(byte[] file, int block) {
        int payloadLength = payloadLength(file, block);
        ByteBuffer bytes = ByteBuffer.wrap(file).order(ByteOrder.LITTLE_ENDIAN);
        if (payloadLength >= 0 && block + 40 + payloadLength <= file.length) {
            bytes.putInt(block + 32, crc32c(file, block + 40, payloadLength));
        }
        bytes.putInt(block + 36, crc32c(file, block, 36));
    }

    static int crc32c(byte[] bytes, int from, int length) {
        CRC32C crc = new CRC32C();
        crc.update(bytes, from, length);
        return (int) crc.getValue();
    }

    /** Little-endian fields and varints, appended in order. */
    static final class Fields {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();

        Fields raw(byte[] bytes) {
            out.writeBytes(bytes);
            return this;
        }

        Fields u8(int value) {
            out.write(value);
            return this;
        }

        Fields u32(long value) {
            return raw(ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt((int) value).array());
        }

        Fields u64(long value) {
            return raw(ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putLong(value).array());
        }

        Fields string(String text) {
            byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
            return u32(utf8.length).raw(utf8);
        }

        /** LEB128: 7 bits a byte, lowest first, high bit set on every byte but the last. */
        Fields varint(long value) {
            long rest = value;
            while (Long.compareUnsigned(rest, 0x80) >= 0) {
                out.write((int) (rest & 0x7f) | 0x80);
                rest >>>= 7;
            }
            out.write((int) rest);
            return this;
        }

        Fields zigzag(long value) {
            return varint((value << 1) ^ (value >> 63));
        }

        byte[] bytes() {
            return out.toByteArray();
        }
    }
}
