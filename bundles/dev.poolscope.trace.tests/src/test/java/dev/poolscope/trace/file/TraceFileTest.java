package dev.poolscope.trace.file;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.poolscope.testkit.SmallBlocks;
import dev.poolscope.trace.ChunkGeometry;
import dev.poolscope.trace.Event;
import dev.poolscope.trace.EventCursor;
import dev.poolscope.trace.EventKind;
import dev.poolscope.trace.TraceHeader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TraceFileTest {

    @TempDir
    Path dir;

    @Test
    void everyEventComesBackExactlyInSeqOrder() throws IOException {
        List<Event> events = SampleTraces.events(1, 5000, 3, false);
        // LABEL needs a label table (version 2): TraceVersion2Test reads it back
        assertEquals(EnumSet.complementOf(EnumSet.of(EventKind.LABEL)), events.stream().map(Event::kind)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(EventKind.class))), "the sample has every version 1 kind");
        Path file = dir.resolve("all.pstrace");
        SmallBlocks.write(file, SampleTraces.HEADER, events, 100);
        try (TraceFile trace = TraceFile.open(file)) {
            assertEquals(SampleTraces.HEADER, trace.header());
            assertEquals(events.size(), trace.eventCount());
            assertEquals(events.size() - 1, trace.lastSeq());
            assertEquals(0, trace.truncatedBytes());
            assertEquals(0, trace.missingEvents());
            assertTrue(trace.damageSummary().endsWith("intact"), trace.damageSummary());
            assertEquals(events, SampleTraces.read(trace, 0));
        }
    }

    @Test
    void headerKeepsEveryValue() throws IOException {
        List<ChunkGeometry> chunks = new ArrayList<>();
        // 300 chunks that a pool can have (none overlapping, none past the top, none at address 0), starts
        // above 2^63 among them
        for (int i = 0; i < 300; i++) {
            chunks.add(new ChunkGeometry(i, ((long) i << 54) + 4096, Long.MIN_VALUE + i, (1L << 54) - i));
        }
        chunks.add(new ChunkGeometry(300, -Long.MAX_VALUE, -1, Long.MAX_VALUE));
        TraceHeader header = new TraceHeader(62, "pre-patch", "first_fit_align align=4611686018427387904", chunks, 65536,
                "workload «ünïcødé» \"quoted\"\nsecond line\t\u0000 and 𝔘 outside the BMP", Long.MIN_VALUE);
        Path file = dir.resolve("header.pstrace");
        SmallBlocks.write(file, header, List.of(), 1);
        try (TraceFile trace = TraceFile.open(file)) {
            assertEquals(header, trace.header());
        }
    }

    @Test
    void aTraceWithoutEventsOpensEmpty() throws IOException {
        Path file = dir.resolve("empty.pstrace");
        SmallBlocks.write(file, SampleTraces.HEADER, List.of(), 10);
        try (TraceFile trace = TraceFile.open(file); EventCursor cursor = trace.from(0)) {
            assertEquals(0, trace.eventCount());
            assertEquals(-1, trace.lastSeq());
            assertEquals(0, trace.blockCount());
            assertNull(cursor.next());
            assertEquals("0 events of 0 threads in 0 blocks; intact", trace.damageSummary());
        }
    }

    @Test
    void fromSeqGivesExactlyTheSuffixAtEveryPoint() throws IOException {
        List<Event> events = SampleTraces.events(2, 3000, 4, true);
        Path file = dir.resolve("gaps.pstrace");
        SmallBlocks.write(file, SampleTraces.HEADER, events, 37);
        long last = events.get(events.size() - 1).seq();
        try (TraceFile trace = TraceFile.open(file)) {
            assertEquals(last + 1 - events.size(), trace.missingEvents());
            // at, just before and just after every 23rd event's seq: inside blocks, at their edges, in gaps
            for (int i = 0; i < events.size(); i += 23) {
                for (long seq = events.get(i).seq() - 1; seq <= events.get(i).seq() + 1; seq++) {
                    assertEquals(suffix(events, seq), SampleTraces.read(trace, seq), "from(" + seq + ")");
                }
            }
            assertEquals(List.of(events.get(events.size() - 1)), SampleTraces.read(trace, last));
            assertEquals(List.of(), SampleTraces.read(trace, last + 1));
            assertEquals(suffix(events, Long.MIN_VALUE), SampleTraces.read(trace, Long.MIN_VALUE));
            assertEquals(List.of(), SampleTraces.read(trace, Long.MAX_VALUE));
        }
    }

    @Test
    void cursorsAreIndependent() throws IOException {
        List<Event> events = SampleTraces.events(3, 2000, 3, false);
        Path file = dir.resolve("two.pstrace");
        SmallBlocks.write(file, SampleTraces.HEADER, events, 50);
        try (TraceFile trace = TraceFile.open(file); EventCursor a = trace.from(0); EventCursor b = trace.from(1000)) {
            for (int i = 0; i < 1000; i++) {
                assertEquals(events.get(i), a.next());
                assertEquals(events.get(1000 + i), b.next());
            }
            assertNull(b.next());
        }
    }

    @Test
    void theWriterWritesWhatTheFormatDocumentSays() throws IOException {
        List<Event> events = SampleTraces.events(4, 400, 2, true);
        Path file = dir.resolve("spec.pstrace");
        SmallBlocks.write(file, SampleTraces.HEADER, events, 64);
        TraceBytes expected = TraceBytes.withHeader(SampleTraces.HEADER);
        Map<Integer, List<Event>> filling = new TreeMap<>();
        for (Event e : events) {
            List<Event> block = filling.computeIfAbsent(e.thread(), t -> new ArrayList<>());
            block.add(e);
            if (block.size() == 64) {
                expected.block(e.thread(), block);
                block.clear();
            }
        }
        filling.forEach((thread, rest) -> {
            if (!rest.isEmpty()) {
                expected.block(thread, rest);
            }
        });
        assertArrayEquals(expected.bytes(), Files.readAllBytes(file));
    }

    @Test
    void theWriterRefusesWhatTheFormatCannotHold() throws IOException {
        TraceHeader tooLong = new TraceHeader(5, "mainline", "first_fit", List.of(), 1, "x".repeat(70_000), 0);
        assertThrows(IllegalArgumentException.class, () -> TraceWriter.create(dir.resolve("long.pstrace"), tooLong));
        TraceHeader badOrder = new TraceHeader(63, "mainline", "first_fit", List.of(), 1, "", 0);
        assertThrows(IllegalArgumentException.class, () -> TraceWriter.create(dir.resolve("order.pstrace"), badOrder));
        try (TraceWriter writer = TraceWriter.create(dir.resolve("refused.pstrace"), SampleTraces.HEADER)) {
            EventBlock block = new EventBlock(0, 4);
            assertThrows(IllegalArgumentException.class, () -> writer.write(block), "empty block");
            block.add(5, 0, 0, EventKind.RETRY, 1, 0, 0, 0, 0);
            block.add(5, 0, 0, EventKind.RETRY, 1, 0, 0, 0, 0);
            assertThrows(IllegalArgumentException.class, () -> writer.write(block), "seq repeated in a block");
            block.clear();
            block.add(5, 0, 0, EventKind.RETRY, 1, 2, 0, 0, 0);
            assertThrows(IllegalArgumentException.class, () -> writer.write(block), "a field RETRY does not have");
            block.clear();
            block.add(5, 0, 0, EventKind.RETRY, 1, 0, 0, 0, 0);
            writer.write(block);
            assertThrows(IllegalArgumentException.class, () -> writer.write(block), "seq not after the thread's last block");
        }
        assertThrows(IllegalArgumentException.class, () -> new EventBlock(65536, 1));
        assertThrows(IllegalArgumentException.class, () -> new EventBlock(0, 65537));
    }

    @Test
    void aRandomEventSampleOfManyThreadsSurvivesShuffledBlockOrder() throws IOException {
        // blocks of different threads may come in any order; only a thread's own blocks must go forward
        List<Event> events = SampleTraces.events(5, 2000, 6, true);
        Map<Integer, List<List<Event>>> blocks = new TreeMap<>();
        for (Event e : events) {
            List<List<Event>> own = blocks.computeIfAbsent(e.thread(), t -> new ArrayList<>(List.of(new ArrayList<>())));
            if (own.get(own.size() - 1).size() == 20) {
                own.add(new ArrayList<>());
            }
            own.get(own.size() - 1).add(e);
        }
        List<Integer> order = new ArrayList<>();
        blocks.forEach((thread, own) -> own.forEach(b -> order.add(thread)));
        Collections.shuffle(order, new Random(5));
        TraceBytes bytes = TraceBytes.withHeader(SampleTraces.HEADER);
        Map<Integer, Integer> next = new TreeMap<>();
        for (int thread : order) {
            int index = next.merge(thread, 1, Integer::sum) - 1;
            bytes.block(thread, blocks.get(thread).get(index));
        }
        Path file = dir.resolve("shuffled.pstrace");
        Files.write(file, bytes.bytes());
        try (TraceFile trace = TraceFile.open(file)) {
            assertEquals(events, SampleTraces.read(trace, 0));
            assertEquals(suffix(events, 777), SampleTraces.read(trace, 777));
        }
    }

    private static List<Event> suffix(List<Event> events, long fromSeq) {
        return events.stream().filter(e -> e.seq() >= fromSeq).toList();
    }
}
