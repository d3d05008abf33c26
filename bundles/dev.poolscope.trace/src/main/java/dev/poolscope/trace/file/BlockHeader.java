package dev.poolscope.trace.file;

import java.nio.file.Path;
import java.util.zip.CRC32C;

/**
 * The 40-byte header of a block: which thread, how many events, their seq range, the payload's
 * length and CRC32C, and a CRC32C of the header's own first 36 bytes.
 *
 * <pre>
 *  0 u32 magic "PBLK"   4 u32 thread   8 u32 event count   12 u32 payload length
 * 16 u64 first seq     24 u64 last seq  32 u32 payload CRC32C  36 u32 header CRC32C (of bytes 0..35)
 * </pre>
 *
 * @param offset where the block starts in the file
 */
record BlockHeader(long offset, int thread, int count, int payloadLength, long firstSeq, long lastSeq, int payloadCrc) {

    private static final int CHECKED_BYTES = TraceFormat.BLOCK_HEADER_BYTES - 4;

    /** Where the payload starts in the file. */
    long payloadOffset() {
        return offset + TraceFormat.BLOCK_HEADER_BYTES;
    }

    /** Where the block ends, i.e. where the next one starts. */
    long end() {
        return payloadOffset() + payloadLength;
    }

    /** Where the first-seq field of the header is in the file. */
    long firstSeqOffset() {
        return offset + 16;
    }

    /** Writes a header with these values at {@code bytes[0..40)}. */
    static void encode(byte[] bytes, int thread, int count, int payloadLength, long firstSeq, long lastSeq, int payloadCrc) {
        LittleEndian.putInt(bytes, 0, TraceFormat.BLOCK_MAGIC);
        LittleEndian.putInt(bytes, 4, thread);
        LittleEndian.putInt(bytes, 8, count);
        LittleEndian.putInt(bytes, 12, payloadLength);
        LittleEndian.putLong(bytes, 16, firstSeq);
        LittleEndian.putLong(bytes, 24, lastSeq);
        LittleEndian.putInt(bytes, 32, payloadCrc);
        LittleEndian.putInt(bytes, 36, crcOf(bytes));
    }

    /** True when the {@code length} bytes, fewer than a header, could be the start of one: they begin the block magic. */
    static boolean couldStartBlock(byte[] bytes, int length) {
        boolean matches = true;
        for (int i = 0; i < Math.min(length, 4); i++) {
            matches &= (bytes[i] & 0xff) == (TraceFormat.BLOCK_MAGIC >>> (8 * i) & 0xff);
        }
        return matches;
    }

    /**
     * Checks and decodes the 40 header bytes of the block at {@code offset}: magic, header checksum,
     * then every count and length against the format's caps and each other.
     */
    static BlockHeader parse(Path file, long offset, byte[] bytes) throws TraceFormatException {
        int magic = LittleEndian.getInt(bytes, 0);
        if (magic != TraceFormat.BLOCK_MAGIC) {
            throw new TraceFormatException(file, offset, String.format(
                    "no block starts here: magic is 0x%08x, expected 0x%08x (\"PBLK\")", magic, TraceFormat.BLOCK_MAGIC));
        }
        int stored = LittleEndian.getInt(bytes, CHECKED_BYTES);
        int computed = crcOf(bytes);
        if (stored != computed) {
            throw new TraceFormatException(file, offset + CHECKED_BYTES, String.format(
                    "block header checksum mismatch: stored 0x%08x, computed 0x%08x", stored, computed));
        }
        FieldReader in = new FieldReader(file, bytes, CHECKED_BYTES, offset);
        in.skip(4);
        int thread = in.u32("block thread", TraceFormat.MAX_THREADS - 1);
        long countOffset = in.offset();
        int count = in.u32("block event count", TraceFormat.MAX_BLOCK_EVENTS);
        if (count == 0) {
            throw in.problemAt(countOffset, "block event count is 0");
        }
        long lengthOffset = in.offset();
        int payloadLength = in.u32("block payload length", TraceFormat.MAX_BLOCK_EVENTS * TraceFormat.MAX_EVENT_BYTES);
        if (payloadLength < (long) count * TraceFormat.MIN_EVENT_BYTES || payloadLength > (long) count * TraceFormat.MAX_EVENT_BYTES) {
            throw in.problemAt(lengthOffset, "block payload length " + payloadLength + " cannot hold " + count
                    + " events (" + TraceFormat.MIN_EVENT_BYTES + " to " + TraceFormat.MAX_EVENT_BYTES + " bytes each)");
        }
        long firstSeqOffset = in.offset();
        long firstSeq = in.i64("block first seq");
        long lastSeq = in.i64("block last seq");
        if (firstSeq < 0 || lastSeq < firstSeq || lastSeq - firstSeq < count - 1) {
            throw in.problemAt(firstSeqOffset, "block seq range " + firstSeq + ".." + lastSeq + " cannot hold " + count
                    + " events in increasing order");
        }
        int payloadCrc = LittleEndian.getInt(bytes, 32);
        return new BlockHeader(offset, thread, count, payloadLength, firstSeq, lastSeq, payloadCrc);
    }

    private static int crcOf(byte[] headerBytes) {
        CRC32C crc = new CRC32C();
        crc.update(headerBytes, 0, CHECKED_BYTES);
        return (int) crc.getValue();
    }
}
