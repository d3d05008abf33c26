package dev.poolscope.trace.file;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.poolscope.testkit.SmallBlocks;
import dev.poolscope.trace.ChunkGeometry;
import dev.poolscope.trace.Event;
import dev.poolscope.trace.EventKind;
import dev.poolscope.trace.StartState;
import dev.poolscope.trace.TraceHeader;
import dev.poolscope.trace.UnitRuns;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Format version 2: a header with a start state and labels, and LABEL events, round trip and are
 * written as the document says; a header without either is still version 1.
 */
class TraceVersion2Test {

    static final TraceHeader V2_HEADER = new TraceHeader(5, "mainline", "first_fit", SampleTraces.HEADER.chunks(), 3,
            "sample: pre-filled, labelled", 42,
            StartState.of(List.of(UnitRuns.of(0, 16, 40, 3, 1000, 200), UnitRuns.of(0, 128))),
            List.of("dma_direct_alloc+0x1a/0x40", "gpwork_run+0x127/0x1000", "ünïcode"));

    @TempDir
    Path dir;

    @Test
    void aStartStateAndLabelsComeBackWithEveryLabelEvent() throws IOException {
        List<Event> events = SampleTraces.events(7, 3000, 3, true, V2_HEADER.labels().size());
        assertTrue(events.stream().anyMatch(e -> e.kind() == EventKind.LABEL));
        Path file = dir.resolve("v2.pstrace");
        SmallBlocks.write(file, V2_HEADER, events, 100);
        try (TraceFile trace = TraceFile.open(file)) {
            assertEquals(2, trace.version());
            assertEquals(V2_HEADER, trace.header());
            assertEquals(UnitRuns.of(0, 16, 40, 3, 1000, 200), trace.header().start().chunk(0));
            assertEquals(16 + 3 + 200 + 128, trace.header().start().units());
            assertEquals(events, SampleTraces.read(trace, 0));
            assertEquals(events.subList(1500, events.size()), SampleTraces.read(trace, events.get(1500).seq()));
        }
    }

    @Test
    void theWriterWritesVersion2AsTheDocumentSays() throws IOException {
        List<Event> events = SampleTraces.events(8, 500, 3, false, V2_HEADER.labels().size());
        Path file = dir.resolve("spec2.pstrace");
        SmallBlocks.write(file, V2_HEADER, events, 1000);
        TraceBytes expected = TraceBytes.withHeader(V2_HEADER);
        Map<Integer, List<Event>> byThread = new TreeMap<>();
        events.forEach(e -> byThread.computeIfAbsent(e.thread(), t -> new ArrayList<>()).add(e));
        byThread.forEach(expected::block);
        byte[] written = Files.readAllBytes(file);
        assertArrayEquals(expected.bytes(), written);
        assertEquals(2, written[8]);
    }

    @Test
    void theDocumentsExampleRunsAreTheseBytes() {
        TraceHeader header = new TraceHeader(5, "mainline", "first_fit", List.of(new ChunkGeometry(0, 0x1000, 0, 4096)),
                1, "", 0, StartState.of(List.of(UnitRuns.of(0, 16, 40, 3))), List.of());
        byte[] bytes = HeaderCodec.encode(header);
        // the body ends with the start state, then a label count of 0, then the CRC
        int stateAt = bytes.length - 4 - 4 - 5;
        assertArrayEquals(new byte[] {2, 0, 0x10, 0x28, 3, 0, 0, 0, 0},
                Arrays.copyOfRange(bytes, stateAt, stateAt + 9));
    }

    @Test
    void aHeaderWithNeitherIsVersion1AndAnyOtherIsVersion2() throws IOException {
        assertEquals(1, HeaderCodec.encode(SampleTraces.HEADER)[8]);
        TraceHeader onlyLabels = new TraceHeader(5, "mainline", "first_fit", SampleTraces.HEADER.chunks(), 1, "", 0,
                StartState.EMPTY, List.of("x"));
        assertEquals(2, HeaderCodec.encode(onlyLabels)[8]);
        TraceHeader onlyState = new TraceHeader(5, "mainline", "first_fit", SampleTraces.HEADER.chunks(), 1, "", 0,
                StartState.of(List.of(UnitRuns.NONE, UnitRuns.of(3, 1))), List.of());
        Path file = dir.resolve("state.pstrace");
        SmallBlocks.write(file, onlyState, List.of(), 10);
        try (TraceFile trace = TraceFile.open(file)) {
            assertEquals(2, trace.version());
            assertEquals(onlyState.start(), trace.header().start());
        }
    }

    @Test
    void aStartStateOfMillionsOfRunsTakesMoreThanTheVersion1CapAndComesBack() throws IOException {
        long units = 1L << 22; // every other unit set: 2^21 runs, 8 MiB of header
        long[] words = new long[(int) (units >>> 6)];
        Arrays.fill(words, 0x5555_5555_5555_5555L);
        TraceHeader header = new TraceHeader(0, "mainline", "first_fit", List.of(new ChunkGeometry(0, 0x1000_0000L, 0, units)),
                1, "", 0, StartState.ofBitmaps(List.of(words), new long[] {units}), List.of());
        assertEquals(1 << 21, header.start().chunk(0).count());
        Path file = dir.resolve("huge.pstrace");
        SmallBlocks.write(file, header, List.of(), 10);
        assertTrue(Files.size(file) > 1 << 20, Files.size(file) + " bytes");
        try (TraceFile trace = TraceFile.open(file)) {
            assertEquals(header.start(), trace.header().start());
            assertArrayEquals(words, trace.header().start().words(0, words.length));
        }
    }

    @Test
    void theWriterRefusesALabelOutsideTheTable() throws IOException {
        try (TraceWriter writer = TraceWriter.create(dir.resolve("label.pstrace"), V2_HEADER)) {
            EventBlock block = new EventBlock(0, 4);
            block.add(0, 0, -1, EventKind.LABEL, 3, 0, 0, 0, 0);
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> writer.write(block));
            assertTrue(e.getMessage().contains("label 3 is not in the header's table of 3 labels"), e.getMessage());
        }
        try (TraceWriter writer = TraceWriter.create(dir.resolve("v1label.pstrace"), SampleTraces.HEADER)) {
            EventBlock block = new EventBlock(0, 4);
            block.add(0, 0, -1, EventKind.LABEL, 0, 0, 0, 0, 0);
            assertThrows(IllegalArgumentException.class, () -> writer.write(block), "a version 1 file has no labels");
        }
    }

    @Test
    void aHeaderRefusesRunsItsPoolCannotHoldAndLabelsOverTheirCap() {
        List<ChunkGeometry> oneChunk = List.of(new ChunkGeometry(0, 0x1000, 0, 4096));
        assertThrows(IllegalArgumentException.class, () -> new TraceHeader(5, "mainline", "first_fit", oneChunk, 1, "", 0,
                StartState.of(List.of(UnitRuns.of(120, 9))), List.of()), "a run past the chunk's 128 units");
        assertThrows(IllegalArgumentException.class, () -> new TraceHeader(5, "mainline", "first_fit", oneChunk, 1, "", 0,
                StartState.of(List.of(UnitRuns.NONE, UnitRuns.of(0, 1))), List.of()), "a chunk the pool has not");
        assertThrows(IllegalArgumentException.class, () -> UnitRuns.of(0, 4, 4, 2), "touching runs");
        assertThrows(IllegalArgumentException.class, () -> UnitRuns.of(8, 4, 2, 2), "runs out of order");
        assertThrows(IllegalArgumentException.class, () -> UnitRuns.of(8, 0), "an empty run");
        TraceHeader longLabel = new TraceHeader(5, "mainline", "first_fit", oneChunk, 1, "", 0, StartState.EMPTY,
                List.of("x".repeat(257)));
        assertThrows(IllegalArgumentException.class, () -> HeaderCodec.encode(longLabel));
    }

    @Test
    void runsOfABitmapAreItsMaximalSetRuns() {
        long[] words = {0xF0F0_0000_0000_000FL, 0x1L, -1L};
        UnitRuns runs = UnitRuns.ofBitmap(words, 150);
        assertEquals(UnitRuns.of(0, 4, 52, 4, 60, 5, 128, 22), runs);
        long[] back = new long[3];
        runs.setInto(back);
        assertArrayEquals(new long[] {words[0], words[1], (1L << 22) - 1}, back);
    }
}
