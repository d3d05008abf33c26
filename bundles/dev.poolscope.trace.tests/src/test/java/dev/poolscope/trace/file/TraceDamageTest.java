package dev.poolscope.trace.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.poolscope.trace.Event;
import dev.poolscope.trace.EventKind;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every kind of damage the format names: refused with a message that names the file, the byte
 * offset and the problem, except a torn last block, which is dropped and reported.
 */
class TraceDamageTest {

    @TempDir
    Path dir;

    /** Three blocks: thread 0 seqs 0..9, thread 1 seqs 10..19, thread 0 seqs 20..29. */
    private byte[] valid;
    private int headerEnd;
    private final List<Integer> blockStarts = new ArrayList<>();
    private List<Event> events;

    @BeforeEach
    void buildValidFile() {
        events = new ArrayList<>();
        for (int seq = 0; seq < 30; seq++) {
            events.add(new Event(seq, seq / 10 % 2, seq * 7L, 0, EventKind.CAS, seq % 64, 0xff, 0x1ff, 0xff, 1));
        }
        TraceBytes bytes = TraceBytes.withHeader(SampleTraces.HEADER);
        headerEnd = bytes.size();
        for (int b = 0; b < 3; b++) {
            blockStarts.add(bytes.size());
            bytes.block(b % 2, events.subList(10 * b, 10 * b + 10));
        }
        valid = bytes.bytes();
    }

    @Test
    void theValidFileOpens() throws IOException {
        try (TraceFile trace = TraceFile.open(write("valid.pstrace", valid))) {
            assertEquals(events, SampleTraces.read(trace, 0));
            assertEquals(3, trace.blockCount());
        }
    }

    @Test
    void wrongMagic() throws IOException {
        byte[] bytes = valid.clone();
        bytes[1] = 'X';
        refused("magic.pstrace", bytes, 0, "not a Poolscope trace");
        refused("text.pstrace", "hello, world\n".repeat(10).getBytes(), 0, "not a Poolscope trace");
    }

    @Test
    void badVersion() throws IOException {
        byte[] bytes = valid.clone();
        bytes[8] = 4;
        refused("version.pstrace", bytes, 8, "format version 4 is not supported");
    }

    @Test
    void truncatedHeader() throws IOException {
        refused("empty.pstrace", new byte[0], 0, "truncated header: the file has 0 bytes");
        refused("ten.pstrace", Arrays.copyOf(valid, 10), 10, "truncated header: the file has 10 bytes");
        refused("inbody.pstrace", Arrays.copyOf(valid, headerEnd - 5), headerEnd - 5, "truncated header: it needs " + headerEnd);
    }

    @Test
    void headerChecksumMismatch() throws IOException {
        byte[] bytes = valid.clone();
        bytes[headerEnd - 10] ^= 1; // in the seed
        refused("headercrc.pstrace", bytes, headerEnd - 4, "header checksum mismatch");
    }

    @Test
    void absurdHeaderLength() throws IOException {
        byte[] bytes = valid.clone();
        putInt(bytes, 12, 0x7fffffff);
        refused("headerlength.pstrace", bytes, 12, "header length 2147483647 is over the limit 1048576");
    }

    @Test
    void hugeStringLengthInAWellSealedHeader() throws IOException {
        byte[] body = new TraceBytes.Fields().u8(5).u32(0xfffffff0L).raw(new byte[40]).bytes();
        refused("string.pstrace", TraceBytes.header(1, body), 17, "variant length 4294967280 is over the limit 256");
        byte[] longer = new TraceBytes.Fields().u8(5).u32(200).raw(new byte[40]).bytes();
        refused("short.pstrace", TraceBytes.header(1, longer), 21, "variant needs 200 bytes, only 40 left");
        byte[] chunks = new TraceBytes.Fields().u8(5).string("mainline").string("first_fit").u32(4096).bytes();
        refused("chunks.pstrace", TraceBytes.header(1, chunks), 16 + 1 + 12 + 13, "chunk count 4096 needs 114688 bytes");
        byte[] order = new TraceBytes.Fields().u8(99).bytes();
        refused("order.pstrace", TraceBytes.header(1, order), 16, "min_alloc_order 99 is over the limit 62");
        byte[] utf8 = new TraceBytes.Fields().u8(5).u32(2).raw(new byte[] {(byte) 0xc3, 0x28}).bytes();
        refused("utf8.pstrace", TraceBytes.header(1, utf8), 21, "variant is not valid UTF-8");
    }

    @Test
    void payloadChecksumMismatch() throws IOException {
        byte[] bytes = valid.clone();
        int payload = blockStarts.get(1) + 40;
        bytes[payload + 3] ^= 0x20;
        refused("payloadcrc.pstrace", bytes, payload, "checksum mismatch in the payload of the block at byte " + blockStarts.get(1));
    }

    @Test
    void blockHeaderChecksumMismatch() throws IOException {
        byte[] bytes = valid.clone();
        bytes[blockStarts.get(1) + 4] = 7; // the thread
        refused("blockcrc.pstrace", bytes, blockStarts.get(1) + 36, "block header checksum mismatch");
    }

    @Test
    void noBlockMagicWhereABlockShouldStart() throws IOException {
        byte[] bytes = valid.clone();
        bytes[blockStarts.get(2)] = 'Q';
        refused("blockmagic.pstrace", bytes, blockStarts.get(2), "no block starts here: magic is 0x4b4c4251");
        byte[] garbage = concat(valid, new byte[100]);
        refused("garbage.pstrace", garbage, valid.length, "no block starts here");
        byte[] shortGarbage = concat(valid, new byte[] {'P', 'B', 'X'});
        refused("shortgarbage.pstrace", shortGarbage, valid.length, "the 3 bytes after the last block do not begin a block");
    }

    @Test
    void absurdCountsAndLengthsInWellSealedBlockHeaders() throws IOException {
        byte[] payload = new byte[20];
        refusedBlock("count.pstrace", TraceBytes.blockHeader(0, 0x7fffffff, 20, 0, 0, 0), 8,
                "block event count 2147483647 is over the limit 65536");
        refusedBlock("zero.pstrace", TraceBytes.blockHeader(0, 0, 20, 0, 0, 0), 8, "block event count is 0");
        refusedBlock("length.pstrace", TraceBytes.blockHeader(0, 1, 0xffffffffL, 0, 0, 0), 12,
                "block payload length 4294967295 is over the limit");
        refusedBlock("fit.pstrace", TraceBytes.blockHeader(0, 10, 20, 0, 9, 0), 12,
                "block payload length 20 cannot hold 10 events");
        refusedBlock("thread.pstrace", TraceBytes.blockHeader(70000, 1, 20, 0, 0, 0), 4,
                "block thread 70000 is over the limit 65535");
        refusedBlock("range.pstrace", TraceBytes.blockHeader(0, 4, 20, 5, 6, 0), 16,
                "block seq range 5..6 cannot hold 4 events");
        refusedBlock("negative.pstrace", TraceBytes.blockHeader(0, 1, 20, -1, 0, 0), 16, "block seq range -1..0");
        assertEquals(20, payload.length);
    }

    @Test
    void seqGoingBackwardsInAThread() throws IOException {
        TraceBytes bytes = TraceBytes.withHeader(SampleTraces.HEADER);
        bytes.block(0, events.subList(10, 20));
        int second = bytes.size();
        bytes.block(0, events.subList(0, 10));
        refused("backwards.pstrace", bytes.bytes(), second + 16,
                "seq goes backwards: thread 0's block starts at seq 0, after its previous block ended at seq 19");
    }

    @Test
    void unknownEventKindCode() throws IOException {
        byte[] payload = new TraceBytes.Fields().varint(0).zigzag(0).u8(19).varint(0).zigzag(1).bytes();
        TraceBytes bytes = TraceBytes.withHeader(SampleTraces.HEADER);
        int block = bytes.size();
        bytes.block(0, 1, 0, 0, payload);
        refused("kind.pstrace", bytes.bytes(), block + 40 + 2, "unknown event kind code 19");
    }

    @Test
    void payloadsThatDisagreeWithTheirHeader() throws IOException {
        // one RETRY event: seq gap, time, kind 11, chunk+1, from_bit
        byte[] retry = new TraceBytes.Fields().varint(0).zigzag(0).u8(11).varint(0).zigzag(1).bytes();
        refusedPayload("lastseq.pstrace", 1, 0, 3, retry, 0, "the block's last event has seq 0, its header says 3");
        refusedPayload("leftover.pstrace", 1, 0, 0, concat(retry, new byte[5]), retry.length,
                "5 bytes left in the block after its 1 events");
        byte[] twoRetries = concat(retry, new TraceBytes.Fields().varint(7).zigzag(0).u8(11).varint(0).zigzag(1).bytes());
        refusedPayload("pastlast.pstrace", 2, 0, 5, twoRetries, retry.length,
                "seq gap 7 after seq 0 leaves the block's seq range 0..5");
        byte[] firstGap = new TraceBytes.Fields().varint(1).zigzag(0).u8(11).varint(0).zigzag(1).bytes();
        refusedPayload("firstgap.pstrace", 1, 3, 4, concat(firstGap, new byte[0]), 0, "seq gap 1 after seq 2");
        byte[] overflow = new TraceBytes.Fields().varint(0).zigzag(0).u8(11).varint(0)
                .raw(new byte[] {(byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xff,
                        (byte) 0xff, (byte) 0xff, (byte) 0xff, 0x7f}).bytes();
        refusedPayload("varint.pstrace", 1, 0, 0, overflow, 4, "from_bit: varint does not fit in 64 bits");
        byte[] cut = new TraceBytes.Fields().varint(0).zigzag(0).u8(11).varint(0).raw(new byte[] {(byte) 0x80}).bytes();
        refusedPayload("cut.pstrace", 1, 0, 0, cut, 4, "from_bit: varint is cut off by the end of its block");
        byte[] chunk = new TraceBytes.Fields().varint(0).zigzag(0).u8(11).varint(1L << 40).zigzag(1).bytes();
        refusedPayload("chunk.pstrace", 1, 0, 0, chunk, 3, "chunk id + 1 = 1099511627776 is out of range (0..2147483648)");
        byte[] hugeChunk = new TraceBytes.Fields().varint(0).zigzag(0).u8(11).varint(Long.MIN_VALUE + 5).zigzag(1).bytes();
        refusedPayload("hugechunk.pstrace", 1, 0, 0, hugeChunk, 3, "chunk id + 1 = 9223372036854775813 is out of range");
    }

    @Test
    void aSeqGivenToTwoThreadsIsRefusedWhenReached() throws IOException {
        TraceBytes bytes = TraceBytes.withHeader(SampleTraces.HEADER);
        bytes.block(0, events.subList(0, 10));
        int second = bytes.size();
        List<Event> clash = events.subList(5, 15).stream()
                .map(e -> new Event(e.seq(), 1, e.time(), e.chunk(), e.kind(), e.p0(), e.p1(), e.p2(), e.p3(), e.p4()))
                .toList();
        bytes.block(1, clash);
        Path file = write("twice.pstrace", bytes.bytes());
        try (TraceFile trace = TraceFile.open(file)) {
            TraceFormatException e = assertThrows(TraceFormatException.class, () -> SampleTraces.read(trace, 0));
            assertMessage(e, file, second + 40, "seq 5 of thread 1 was already given to an event of another thread");
        }
    }

    @Test
    void aTornLastBlockIsDroppedAndReportedAtEveryCut() throws IOException {
        int last = blockStarts.get(2);
        for (int cut = last + 1; cut < valid.length; cut++) {
            try (TraceFile trace = TraceFile.open(write("torn.pstrace", Arrays.copyOf(valid, cut)))) {
                assertEquals(cut - last, trace.truncatedBytes());
                assertEquals(events.subList(0, 20), SampleTraces.read(trace, 0));
                assertEquals("20 events of 2 threads in 2 blocks; torn last block: the " + (cut - last) + " bytes from byte "
                        + last + " to the end were lost", trace.damageSummary());
            }
        }
        try (TraceFile trace = TraceFile.open(write("cut.pstrace", Arrays.copyOf(valid, last)))) {
            assertEquals(0, trace.truncatedBytes());
            assertTrue(trace.damageSummary().endsWith("intact"), trace.damageSummary());
        }
    }

    @Test
    void aTornBlockBeforeTheLastIsRefused() throws IOException {
        int middle = blockStarts.get(1);
        byte[] bytes = concat(Arrays.copyOf(valid, middle + 50), Arrays.copyOfRange(valid, blockStarts.get(2), valid.length));
        refused("middle.pstrace", bytes, middle + 40, "checksum mismatch in the payload");
    }

    private void refusedPayload(String name, int count, long firstSeq, long lastSeq, byte[] payload, int at, String problem)
            throws IOException {
        TraceBytes bytes = TraceBytes.withHeader(SampleTraces.HEADER);
        int block = bytes.size();
        bytes.block(0, count, firstSeq, lastSeq, payload);
        refused(name, bytes.bytes(), block + 40 + at, problem);
    }

    private void refusedBlock(String name, byte[] blockHeader, int at, String problem) throws IOException {
        byte[] bytes = concat(Arrays.copyOf(valid, headerEnd), concat(blockHeader, new byte[2000]));
        refused(name, bytes, headerEnd + at, problem);
    }

    private void refused(String name, byte[] bytes, long offset, String problem) throws IOException {
        Path file = write(name, bytes);
        TraceFormatException e = assertThrows(TraceFormatException.class, () -> TraceFile.open(file).close());
        assertMessage(e, file, offset, problem);
    }

    private static void assertMessage(TraceFormatException e, Path file, long offset, String problem) {
        assertTrue(e.getMessage().startsWith(file + ": at byte " + offset + ": " + problem),
                () -> "expected " + file.getFileName() + " at " + offset + ": " + problem + "..., got: " + e.getMessage());
        assertEquals(offset, e.offset());
        assertEquals(file, e.file());
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    private static void putInt(byte[] bytes, int at, int value) {
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).putInt(at, value);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }
}
