package dev.poolscope.trace.file;

import dev.poolscope.core.PoolLimitException;
import dev.poolscope.core.PoolLimits;
import dev.poolscope.trace.BranchOrigin;
import dev.poolscope.trace.ChunkGeometry;
import dev.poolscope.trace.StartState;
import dev.poolscope.trace.TraceHeader;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.zip.CRC32C;

/**
 * The file header: magic, version, the body length, the body (a {@link TraceHeader}), and the
 * body's CRC32C. Reading checks each part before the next one is trusted. A header without start
 * state or labels is written as version 1, byte for byte as before version 2 existed; otherwise as
 * version 2, whose body adds {@link HeaderV2Fields} after the seed; a branch's as version 3, which
 * adds {@link HeaderV3Fields} after those.
 */
final class HeaderCodec {

    /** A header read from a file, its format version, and where the first block starts. */
    record Decoded(TraceHeader header, int version, long end) {
    }

    private HeaderCodec() {
    }

    /**
     * The header's bytes as they start a file.
     *
     * @throws IllegalArgumentException when a value cannot be written in this format (a string or
     *                                  count over its cap, an order or chunk id out of range)
     */
    static byte[] encode(TraceHeader header) {
        byte[] variant = utf8("variant", header.variant(), TraceFormat.MAX_NAME_BYTES);
        byte[] algorithm = utf8("algorithm", header.algorithm(), TraceFormat.MAX_NAME_BYTES);
        byte[] workload = utf8("workload", header.workload(), TraceFormat.MAX_WORKLOAD_BYTES);
        check(header.minAllocOrder() >= 0 && header.minAllocOrder() <= TraceFormat.MAX_ORDER,
                "min_alloc_order", header.minAllocOrder());
        check(header.threads() >= 0 && header.threads() <= TraceFormat.MAX_THREADS, "thread count", header.threads());
        int version = TraceFormat.versionOf(header);
        byte[] extension = extension(header, version);
        long length = 1 + 4 + variant.length + 4 + algorithm.length + 4
                + (long) header.chunks().size() * TraceFormat.CHUNK_BYTES + 4 + 4 + workload.length + 8 + extension.length;
        check(length <= TraceFormat.MAX_HEADER_BODY_BYTES_V2, "header body length", length);
        int bodyLength = (int) length;
        ByteBuffer out = ByteBuffer.allocate(TraceFormat.PREAMBLE_BYTES + bodyLength + TraceFormat.HEADER_CRC_BYTES)
                .order(ByteOrder.LITTLE_ENDIAN);
        out.put(TraceFormat.FILE_MAGIC).putInt(version).putInt(bodyLength);
        out.put((byte) header.minAllocOrder());
        out.putInt(variant.length).put(variant);
        out.putInt(algorithm.length).put(algorithm);
        out.putInt(header.chunks().size());
        for (ChunkGeometry chunk : header.chunks()) {
            check(chunk.id() >= 0, "chunk id", chunk.id());
            out.putInt(chunk.id()).putLong(chunk.start()).putLong(chunk.phys()).putLong(chunk.size());
        }
        out.putInt(header.threads());
        out.putInt(workload.length).put(workload);
        out.putLong(header.seed());
        out.put(extension);
        CRC32C crc = new CRC32C();
        crc.update(out.array(), TraceFormat.PREAMBLE_BYTES, bodyLength);
        out.putInt((int) crc.getValue());
        return out.array();
    }

    private static byte[] extension(TraceHeader header, int version) {
        if (version == TraceFormat.VERSION_1) {
            return new byte[0];
        }
        byte[] v2 = HeaderV2Fields.encode(header.start(), header.chunks(), header.labels());
        if (version == TraceFormat.VERSION_2) {
            return v2;
        }
        byte[] v3 = HeaderV3Fields.encode(header.origin().orElseThrow());
        byte[] both = Arrays.copyOf(v2, v2.length + v3.length);
        System.arraycopy(v3, 0, both, v2.length, v3.length);
        return both;
    }

    /** Reads and checks the header at the start of {@code channel}, a file of {@code fileSize} bytes. */
    static Decoded read(Path file, FileChannel channel, long fileSize) throws IOException {
        byte[] preamble = new byte[TraceFormat.PREAMBLE_BYTES];
        int got = FileReads.readAt(channel, preamble, preamble.length, 0);
        if (got < preamble.length) {
            throw new TraceFormatException(file, got, "truncated header: the file has " + fileSize
                    + " bytes, a trace header has at least " + (TraceFormat.PREAMBLE_BYTES + TraceFormat.HEADER_CRC_BYTES));
        }
        byte[] magic = Arrays.copyOf(preamble, TraceFormat.FILE_MAGIC.length);
        if (!Arrays.equals(magic, TraceFormat.FILE_MAGIC)) {
            throw new TraceFormatException(file, 0, "not a Poolscope trace: magic is " + HexFormat.ofDelimiter(" ").formatHex(magic)
                    + ", expected " + HexFormat.ofDelimiter(" ").formatHex(TraceFormat.FILE_MAGIC));
        }
        int version = LittleEndian.getInt(preamble, 8);
        if (version < TraceFormat.VERSION_1 || version > TraceFormat.VERSION_3) {
            throw new TraceFormatException(file, 8, "format version " + Integer.toUnsignedString(version)
                    + " is not supported (this reader reads versions " + TraceFormat.VERSION_1 + " to "
                    + TraceFormat.VERSION_3 + ")");
        }
        long bodyLength = Integer.toUnsignedLong(LittleEndian.getInt(preamble, 12));
        long cap = version == TraceFormat.VERSION_1 ? TraceFormat.MAX_HEADER_BODY_BYTES : TraceFormat.MAX_HEADER_BODY_BYTES_V2;
        if (bodyLength > cap) {
            throw new TraceFormatException(file, 12, "header length " + bodyLength + " is over the limit " + cap
                    + " of version " + version);
        }
        long end = TraceFormat.PREAMBLE_BYTES + bodyLength + TraceFormat.HEADER_CRC_BYTES;
        if (end > fileSize) {
            throw new TraceFormatException(file, fileSize, "truncated header: it needs " + end
                    + " bytes, the file has " + fileSize);
        }
        byte[] body = new byte[(int) bodyLength + TraceFormat.HEADER_CRC_BYTES];
        FileReads.readAt(channel, body, body.length, TraceFormat.PREAMBLE_BYTES);
        CRC32C crc = new CRC32C();
        crc.update(body, 0, (int) bodyLength);
        int stored = LittleEndian.getInt(body, (int) bodyLength);
        if (stored != (int) crc.getValue()) {
            throw new TraceFormatException(file, TraceFormat.PREAMBLE_BYTES + bodyLength, String.format(
                    "header checksum mismatch: stored 0x%08x, computed 0x%08x", stored, (int) crc.getValue()));
        }
        TraceHeader header = parseBody(new FieldReader(file, body, (int) bodyLength, TraceFormat.PREAMBLE_BYTES), version);
        return new Decoded(header, version, end);
    }

    private static TraceHeader parseBody(FieldReader in, int version) throws TraceFormatException {
        long orderOffset = in.offset();
        int order = in.u8("min_alloc_order");
        if (order > TraceFormat.MAX_ORDER) {
            throw in.problemAt(orderOffset, "min_alloc_order " + order + " is over the limit " + TraceFormat.MAX_ORDER);
        }
        long variantOffset = in.offset();
        String variant = in.string("variant", TraceFormat.MAX_NAME_BYTES);
        long algorithmOffset = in.offset();
        String algorithm = in.string("algorithm", TraceFormat.MAX_NAME_BYTES);
        HeaderRules.algorithm(in, algorithmOffset, algorithm, HeaderRules.variant(in, variantOffset, variant));
        long countOffset = in.offset();
        int chunkCount = in.u32("chunk count", PoolLimits.MAX_CHUNKS);
        if ((long) chunkCount * TraceFormat.CHUNK_BYTES > in.remaining()) {
            throw in.problemAt(countOffset, "chunk count " + chunkCount + " needs " + (long) chunkCount * TraceFormat.CHUNK_BYTES
                    + " bytes, the header has " + in.remaining() + " left");
        }
        List<ChunkGeometry> chunks = new ArrayList<>(chunkCount);
        long bits = 0;
        long chunksOffset = in.offset();
        for (int i = 0; i < chunkCount; i++) {
            long chunkOffset = in.offset();
            int id = in.u32("chunk id", Integer.MAX_VALUE);
            ChunkGeometry chunk = new ChunkGeometry(id, in.i64("chunk start"), in.i64("chunk phys"), in.i64("chunk size"));
            try {
                bits = PoolLimits.TRACED.addChunk(i, bits, chunk.start(), chunk.size(), order);
            } catch (PoolLimitException e) {
                throw in.problemAt(chunkOffset, e.getMessage());
            }
            chunks.add(chunk);
        }
        HeaderRules.chunks(in, chunksOffset, chunks);
        int threads = in.u32("thread count", TraceFormat.MAX_THREADS);
        String workload = in.string("workload", TraceFormat.MAX_WORKLOAD_BYTES);
        long seed = in.i64("seed");
        HeaderV2Fields.Decoded added = version == TraceFormat.VERSION_1
                ? new HeaderV2Fields.Decoded(StartState.EMPTY, List.of()) : HeaderV2Fields.read(in, chunks, order);
        Optional<BranchOrigin> origin = version == TraceFormat.VERSION_3 ? Optional.of(HeaderV3Fields.read(in, threads))
                : Optional.empty();
        if (in.remaining() != 0) {
            throw in.problem(in.remaining() + " unexpected bytes at the end of the header");
        }
        return new TraceHeader(order, variant, algorithm, chunks, threads, workload, seed, added.start(), added.labels(),
                origin);
    }

    private static byte[] utf8(String name, String text, int maxBytes) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        if (bytes.length > maxBytes) {
            throw new IllegalArgumentException(name + " is " + bytes.length + " bytes of UTF-8, over the format's limit " + maxBytes);
        }
        return bytes;
    }

    private static void check(boolean valid, String name, long value) {
        if (!valid) {
            throw new IllegalArgumentException(name + " " + value + " is out of the trace format's range");
        }
    }
}
