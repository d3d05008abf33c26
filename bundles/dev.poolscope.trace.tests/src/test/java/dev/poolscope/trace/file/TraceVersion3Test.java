package dev.poolscope.trace.file;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.poolscope.testkit.SmallBlocks;
import dev.poolscope.trace.BranchOrigin;
import dev.poolscope.trace.Event;
import dev.poolscope.trace.TraceHeader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Format version 3: a branch's header, with its parent and branch point, round trips and is
 * written as the document says; a damaged branch origin is refused at its field; a header that is
 * no branch is still version 1 or 2.
 */
class TraceVersion3Test {

    private static final BranchOrigin ORIGIN = new BranchOrigin("/traces/pärent.pstrace", 41, 2);
    private static final TraceHeader BRANCH = SampleTraces.HEADER.withOrigin(ORIGIN);

    @TempDir
    Path dir;

    @Test
    void aBranchsOriginComesBackWithItsEvents() throws IOException {
        List<Event> events = SampleTraces.events(3, 2000, BRANCH.threads(), false, 0);
        Path file = dir.resolve("branch.pstrace");
        SmallBlocks.write(file, BRANCH, events, 100);
        try (TraceFile trace = TraceFile.open(file)) {
            assertEquals(3, trace.version());
            assertEquals(BRANCH, trace.header());
            assertEquals(ORIGIN, trace.header().origin().orElseThrow());
            assertEquals(events, SampleTraces.read(trace, 0));
        }
    }

    @Test
    void theWriterWritesVersion3AsTheDocumentSays() throws IOException {
        TraceHeader labelled = TraceVersion2Test.V2_HEADER.withOrigin(new BranchOrigin("p.pstrace", 0, 0));
        List<Event> events = SampleTraces.events(4, 300, labelled.threads(), true, labelled.labels().size());
        Path file = dir.resolve("spec3.pstrace");
        SmallBlocks.write(file, labelled, events, 1000);
        TraceBytes expected = TraceBytes.withHeader(labelled);
        Map<Integer, List<Event>> byThread = new TreeMap<>();
        events.forEach(e -> byThread.computeIfAbsent(e.thread(), t -> new ArrayList<>()).add(e));
        byThread.forEach(expected::block);
        byte[] written = Files.readAllBytes(file);
        assertArrayEquals(expected.bytes(), written);
        assertEquals(3, written[8]);
    }

    @Test
    void headersThatAreNoBranchKeepTheirVersions() {
        assertEquals(1, HeaderCodec.encode(SampleTraces.HEADER)[8]);
        assertEquals(2, HeaderCodec.encode(TraceVersion2Test.V2_HEADER)[8]);
    }

    @Test
    void aDamagedOriginIsRefusedAtItsField() throws IOException {
        byte[] good = HeaderCodec.encode(BRANCH);
        int threadAt = good.length - 4 - 4;
        int eventAt = threadAt - 8;
        refused(withField(good, threadAt, 4, BRANCH.threads()), threadAt, "branch thread 3 is not one of the trace's 3");
        refused(withField(good, eventAt, 8, -1), eventAt, "branch event -1 is negative");
        byte[] blank = HeaderCodec.encode(SampleTraces.HEADER.withOrigin(new BranchOrigin("x", 0, 0)));
        int parentAt = blank.length - 4 - 4 - 8 - 1 - 4;
        blank[parentAt + 4] = ' ';
        refused(reseal(blank), parentAt, "a branch's parent path is blank");
    }

    @Test
    void anOriginThatNamesAThreadTheTraceLacksCannotBeMade() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SampleTraces.HEADER.withOrigin(new BranchOrigin("p", 0, 3)));
        assertTrue(e.getMessage().contains("T3"), e.getMessage());
    }

    /** {@code header} with the {@code width}-byte little-endian field at {@code at} set to {@code value}, resealed. */
    private static byte[] withField(byte[] header, int at, int width, long value) {
        byte[] bytes = header.clone();
        for (int i = 0; i < width; i++) {
            bytes[at + i] = (byte) (value >>> (8 * i));
        }
        return reseal(bytes);
    }

    private static byte[] reseal(byte[] header) {
        int bodyLength = header.length - 16 - 4;
        LittleEndian.putInt(header, header.length - 4, TraceBytes.crc32c(header, 16, bodyLength));
        return header;
    }

    private void refused(byte[] bytes, long offset, String part) throws IOException {
        Path file = Files.write(dir.resolve("crafted.pstrace"), bytes);
        TraceFormatException e = assertThrows(TraceFormatException.class, () -> TraceFile.open(file).close());
        assertEquals(offset, e.offset(), e.getMessage());
        assertTrue(e.getMessage().contains(part), () -> "'" + part + "' not in: " + e.getMessage());
    }
}
