package dev.poolscope.trace.file;

import dev.poolscope.trace.Event;
import dev.poolscope.trace.EventKind;

import java.nio.file.Path;
import java.util.Arrays;

/**
 * Decodes a block's payload one event at a time, checking every value: each event is
 *
 * <pre>
 * varint seq gap   seq = previous seq + 1 + gap (the first event's previous seq is first_seq - 1)
 * zigzag time      time = previous time + delta (the first event's previous time is 0)
 * u8     kind      an {@link EventKind} code
 * varint chunk+1   0 for "no chunk"
 * zigzag field...  as many as the kind has fields
 * </pre>
 *
 * and the last event must end the payload exactly, at the header's last seq. A LABEL event must be
 * allowed by the file's {@link EventLimits}: a version 2 file, a label in its table.
 */
final class BlockDecoder {

    /** Each kind's field names by ordinal, for error messages: an array load per field, not a List.get. */
    private static final String[][] FIELD_NAMES = Arrays.stream(EventKind.values())
            .map(kind -> kind.fields().toArray(String[]::new)).toArray(String[][]::new);

    private final Path file;
    private final EventLimits limits;
    private BlockHeader block;
    private FieldReader payload;
    private int decoded;

    private long eventOffset;
    private long seq;
    private long time;
    private int chunk;
    private EventKind kind;
    private final long[] fields = new long[EventKind.MAX_FIELDS];

    BlockDecoder(Path file, EventLimits limits) {
        this.file = file;
        this.limits = limits;
    }

    /** Starts on the payload of {@code header}, held in {@code bytes[0..payloadLength)}. */
    void start(BlockHeader header, byte[] bytes) {
        block = header;
        payload = new FieldReader(file, bytes, header.payloadLength(), header.payloadOffset());
        decoded = 0;
        seq = header.firstSeq() - 1;
        time = 0;
    }

    boolean hasNext() {
        return decoded < block.count();
    }

    /** Decodes the next event; after the last one, checks that the payload and the seq range end with it. */
    void next() throws TraceFormatException {
        eventOffset = payload.offset();
        long gap = payload.varint("seq gap");
        boolean outOfRange = seq == block.lastSeq() || Long.compareUnsigned(gap, block.lastSeq() - seq - 1) > 0;
        if (outOfRange || (decoded == 0 && gap != 0)) {
            throw payload.problemAt(eventOffset, "seq gap " + Long.toUnsignedString(gap) + " after seq " + seq
                    + " leaves the block's seq range " + block.firstSeq() + ".." + block.lastSeq());
        }
        seq += 1 + gap;
        time += payload.zigzag("time delta");
        long kindOffset = payload.offset();
        int code = payload.u8("event kind");
        kind = EventKind.byCode(code);
        if (kind == null) {
            throw payload.problemAt(kindOffset, "unknown event kind code " + code);
        }
        if (kind == EventKind.LABEL && limits.kindProblem() != null) {
            throw payload.problemAt(kindOffset, limits.kindProblem());
        }
        long chunkOffset = payload.offset();
        long chunkPlusOne = payload.varint("chunk");
        if (Long.compareUnsigned(chunkPlusOne, (long) Integer.MAX_VALUE + 1) > 0) {
            throw payload.problemAt(chunkOffset, "chunk id + 1 = " + Long.toUnsignedString(chunkPlusOne)
                    + " is out of range (0.." + ((long) Integer.MAX_VALUE + 1) + ")");
        }
        chunk = (int) (chunkPlusOne - 1);
        String[] names = FIELD_NAMES[kind.ordinal()];
        long fieldsOffset = payload.offset();
        for (int i = 0; i < EventKind.MAX_FIELDS; i++) {
            fields[i] = i < names.length ? payload.zigzag(names[i]) : 0;
        }
        if (kind == EventKind.LABEL) {
            String problem = limits.labelProblem(fields[0]);
            if (problem != null) {
                throw payload.problemAt(fieldsOffset, problem);
            }
        }
        decoded++;
        if (!hasNext()) {
            checkEnd();
        }
    }

    private void checkEnd() throws TraceFormatException {
        if (seq != block.lastSeq()) {
            throw payload.problemAt(eventOffset, "the block's last event has seq " + seq + ", its header says "
                    + block.lastSeq());
        }
        if (payload.remaining() != 0) {
            throw payload.problem(payload.remaining() + " bytes left in the block after its " + block.count() + " events");
        }
    }

    /** The file offset of the event last decoded. */
    long eventOffset() {
        return eventOffset;
    }

    long seq() {
        return seq;
    }

    /** The event last decoded. */
    Event event() {
        return new Event(seq, block.thread(), time, chunk, kind, fields[0], fields[1], fields[2], fields[3], fields[4]);
    }
}
