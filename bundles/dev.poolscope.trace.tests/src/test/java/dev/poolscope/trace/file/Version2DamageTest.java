package dev.poolscope.trace.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.poolscope.trace.Event;
import dev.poolscope.trace.EventKind;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every damage rule version 2 adds, each on a well-sealed file (checksums right) wrong in one way,
 * refused at the offset of the offending field: start-state runs out of order, overlapping,
 * touching, empty or outside their chunk, run and label counts over their caps or the bytes left,
 * labels too long, LABEL events outside the table or in a version 1 file.
 */
class Version2DamageTest {

    /** One chunk of 4096 bytes at order 5: 128 units. */
    private static final int UNITS = 128;

    @TempDir
    Path dir;

    /** The version 1 body fields of the test's pool, up to the seed. */
    private static TraceBytes.Fields v1Fields() {
        return new TraceBytes.Fields().u8(5).string("mainline").string("first_fit").u32(1)
                .u32(0).u64(0x1000).u64(0).u64(4096).u32(1).string("crafted").u64(0);
    }

    /** Where the version 2 fields start in the file: the preamble, then the version 1 fields. */
    private static final int V2_AT = 16 + v1Fields().bytes().length;

    /** A sealed version 2 header whose added fields are {@code added}. */
    private static byte[] header(TraceBytes.Fields added) {
        byte[] v1 = v1Fields().bytes();
        byte[] more = added.bytes();
        byte[] body = new byte[v1.length + more.length];
        System.arraycopy(v1, 0, body, 0, v1.length);
        System.arraycopy(more, 0, body, v1.length, more.length);
        return TraceBytes.header(2, body);
    }

    private static TraceBytes.Fields runs(long... countThenPairs) {
        TraceBytes.Fields fields = new TraceBytes.Fields();
        for (long value : countThenPairs) {
            fields.varint(value);
        }
        return fields;
    }

    private void refused(byte[] bytes, long offset, String part) throws IOException {
        Path file = Files.write(dir.resolve("crafted.pstrace"), bytes);
        TraceFormatException e = assertThrows(TraceFormatException.class, () -> TraceFile.open(file).close());
        assertEquals(offset, e.offset(), e.getMessage());
        assertTrue(e.getMessage().startsWith(file + ": at byte " + offset + ": "), e.getMessage());
        assertTrue(e.getMessage().contains(part), () -> "'" + part + "' not in: " + e.getMessage());
    }

    @Test
    void aWellFormedVersion2HeaderOpens() throws IOException {
        Path file = Files.write(dir.resolve("ok.pstrace"), header(runs(2, 0, 16, 40, 3).u32(1).string("caller")));
        try (TraceFile trace = TraceFile.open(file)) {
            assertEquals(19, trace.header().start().units());
            assertEquals(List.of("caller"), trace.header().labels());
        }
    }

    @Test
    void runsOutOfOrderOverlappingOrTouchingAreRefusedAtTheirStart() throws IOException {
        // count (1 byte), run 0 (2 bytes), then run 1's start
        refused(header(runs(2, 40, 3, 10, 2).u32(0)), V2_AT + 3, "does not start after the previous run");
        refused(header(runs(2, 40, 3, 41, 2).u32(0)), V2_AT + 3, "which ends at unit 43");
        refused(header(runs(2, 40, 3, 43, 2).u32(0)), V2_AT + 3, "neither overlap nor touch");
    }

    @Test
    void runsOutsideTheirChunkOrEmptyAreRefused() throws IOException {
        refused(header(runs(1, UNITS, 1).u32(0)), V2_AT + 1, "outside the chunk's 128 units");
        refused(header(runs(1, 120, 9).u32(0)), V2_AT + 2, "runs past the chunk's 128 units");
        refused(header(runs(1, 5, 0).u32(0)), V2_AT + 2, "has length 0");
    }

    @Test
    void aRunCountOverItsCapOrTheBytesLeftIsRefusedBeforeAnythingIsAllocated() throws IOException {
        refused(header(runs(65).u32(0)), V2_AT, "start run count 65 is over the limit 64");
        refused(header(runs(64, 0, 1).u32(0)), V2_AT, "needs at least 128 bytes");
    }

    @Test
    void labelCountsAndLengthsOverTheirCapsAreRefused() throws IOException {
        refused(header(runs(0).u32(65_537)), V2_AT + 1, "label count 65537 is over the limit 65536");
        refused(header(runs(0).u32(1).u32(257).raw(new byte[257])), V2_AT + 5, "label 0 length 257 is over the limit 256");
        refused(header(runs(0).u32(2).string("a")), V2_AT + 1 + 4 + 5, "label 1 length needs 4 bytes");
        refused(header(runs(0).u32(1).u32(1).raw(new byte[] {(byte) 0xC0})), V2_AT + 9, "label 0 is not valid UTF-8");
        refused(header(runs(0).u32(0).u8(7)), V2_AT + 5, "1 unexpected bytes at the end of the header");
    }

    @Test
    void aLabelEventOutsideTheTableIsRefusedAtItsField() throws IOException {
        TraceBytes file = new TraceBytes().put(header(runs(0).u32(2).string("a").string("b")));
        int blockAt = file.size();
        file.block(0, List.of(new Event(0, 0, 0, -1, EventKind.LABEL, 2, 0, 0, 0, 0)));
        // payload: seq gap, time delta, kind, chunk + 1, then the field
        refused(file.bytes(), blockAt + 40 + 4, "label 2 is not in the header's table of 2 labels");
        TraceBytes negative = new TraceBytes().put(header(runs(0).u32(2).string("a").string("b")));
        negative.block(0, List.of(new Event(0, 0, 0, -1, EventKind.LABEL, -1, 0, 0, 0, 0)));
        refused(negative.bytes(), blockAt + 40 + 4, "label -1 is not in");
    }

    @Test
    void aLabelEventInAVersion1FileIsRefusedAtItsKind() throws IOException {
        TraceBytes file = new TraceBytes().put(TraceBytes.header(1, v1Fields().bytes()));
        int blockAt = file.size();
        file.block(0, List.of(new Event(0, 0, 0, -1, EventKind.LABEL, 0, 0, 0, 0, 0)));
        refused(file.bytes(), blockAt + 40 + 2, "LABEL (kind code 18) is a format version 2 event, and this file is version 1");
    }

    @Test
    void version4AndAVersion2BodyOverItsCapAreRefused() throws IOException {
        refused(TraceBytes.header(4, v1Fields().bytes()), 8, "reads versions 1 to 3");
        byte[] huge = TraceBytes.header(2, new byte[0]);
        huge[12] = 1; // body length 2^28 + 1
        huge[13] = 0;
        huge[14] = 0;
        huge[15] = 0x10;
        refused(huge, 12, "header length 268435457 is over the limit 268435456 of version 2");
        byte[] v1Long = TraceBytes.header(1, new byte[0]);
        v1Long[12] = 1;
        v1Long[14] = 0x10; // 2^20 + 1
        refused(v1Long, 12, "is over the limit 1048576 of version 1");
    }
}
