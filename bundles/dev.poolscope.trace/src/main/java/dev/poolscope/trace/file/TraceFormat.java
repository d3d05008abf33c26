package dev.poolscope.trace.file;

import dev.poolscope.trace.TraceHeader;

/**
 * The constants of trace file format versions 1, 2 and 3, as TRACE-FORMAT.md describes them: magic numbers,
 * fixed sizes, and the caps that keep every length and count sane before anything is allocated.
 */
final class TraceFormat {

    /** The first 8 bytes of every trace file: "\x89PST\r\n\x1a\n". */
    static final byte[] FILE_MAGIC = {(byte) 0x89, 'P', 'S', 'T', '\r', '\n', 0x1a, '\n'};

    /** The version of a file with no start state and no labels. */
    static final int VERSION_1 = 1;

    /** The version that adds the start state, the label table and LABEL events. */
    static final int VERSION_2 = 2;

    /** The version that adds the branch origin. */
    static final int VERSION_3 = 3;

    /** Magic, version, header body length. */
    static final int PREAMBLE_BYTES = 16;

    /** The header body's CRC32C after the body. */
    static final int HEADER_CRC_BYTES = 4;

    /** Cap of a version 1 header body. */
    static final int MAX_HEADER_BODY_BYTES = 1 << 20;

    /**
     * Cap of a version 2 header body: room for the largest start state (2^25 runs of at most 5
     * bytes, in a pool of 2^26 units) and a full label table beside the version 1 fields.
     */
    static final int MAX_HEADER_BODY_BYTES_V2 = 1 << 28;

    /** Cap of the label table's entry count. */
    static final int MAX_LABELS = 1 << 16;

    /** Cap of one label's UTF-8 bytes. */
    static final int MAX_LABEL_BYTES = 256;

    /** The fewest bytes a start-state run takes: a one-byte varint each for start and length. */
    static final int MIN_RUN_BYTES = 2;

    /** Cap of the variant and algorithm strings. */
    static final int MAX_NAME_BYTES = 256;

    /** Cap of the workload description. */
    static final int MAX_WORKLOAD_BYTES = 1 << 16;

    /** Thread numbers are {@code 0 .. MAX_THREADS - 1}; the header's thread count is at most this. */
    static final int MAX_THREADS = 1 << 16;

    /** The largest minimum allocation order a pool can have. */
    static final int MAX_ORDER = 62;

    /** Bytes of one chunk in the header: id, start, phys, size. */
    static final int CHUNK_BYTES = 4 + 8 + 8 + 8;

    /** "PBLK" as a little-endian u32. */
    static final int BLOCK_MAGIC = 'P' | 'B' << 8 | 'L' << 16 | 'K' << 24;

    static final int BLOCK_HEADER_BYTES = 40;

    static final int MAX_BLOCK_EVENTS = 1 << 16;

    /** The longest encoded event: seq gap and time delta (10 each), kind (1), chunk (5), five fields (10 each). */
    static final int MAX_EVENT_BYTES = 10 + 10 + 1 + 5 + 5 * 10;

    /** The shortest encoded event: one byte each for seq gap, time delta, kind, chunk and one field. */
    static final int MIN_EVENT_BYTES = 5;

    /** The version a writer writes for {@code header}: 3 for a branch, else 1 unless it has a start state or labels. */
    static int versionOf(TraceHeader header) {
        if (header.origin().isPresent()) {
            return VERSION_3;
        }
        return header.start().isEmpty() && header.labels().isEmpty() ? VERSION_1 : VERSION_2;
    }

    private TraceFormat() {
    }
}
