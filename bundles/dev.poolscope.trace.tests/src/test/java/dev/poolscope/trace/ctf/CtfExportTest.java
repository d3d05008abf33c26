package dev.poolscope.trace.ctf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.poolscope.core.Probe;
import dev.poolscope.testkit.Babeltrace2;
import dev.poolscope.testkit.MemoryTrace;
import dev.poolscope.trace.Event;
import dev.poolscope.trace.EventCursor;
import dev.poolscope.trace.EventKind;
import dev.poolscope.trace.Trace;
import dev.poolscope.trace.TraceHeader;
import dev.poolscope.trace.file.TraceFile;
import dev.poolscope.trace.record.RandomWork;
import dev.poolscope.trace.record.Recorder;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The exported directory as babeltrace2 (the Debian package) reads it: CI installs it, and without it these tests fail. */
class CtfExportTest {

    private static final String WORKLOAD = "RandomWork \"4 threads\" \\ 32..2048 B\nsecond line, ünïcødé";

    @TempDir
    Path dir;

    @Test
    void babeltrace2ReadsOneEventPerTraceEventWithItsFields() throws Exception {
        Path file = dir.resolve("run.pstrace");
        long start = System.nanoTime();
        TraceHeader header = TraceHeader.of(RandomWork.smallPool(Probe.NONE), 4, WORKLOAD, -77);
        try (Recorder recorder = Recorder.create(file, header, () -> System.nanoTime() - start)) {
            RandomWork.runThreads(RandomWork.smallPool(recorder), 4, 1500, 3);
        }
        try (TraceFile trace = TraceFile.open(file)) {
            Path ctf = dir.resolve("ctf");
            assertEquals(trace.eventCount(), CtfExport.export(trace, ctf));
            List<String> lines = babeltrace2(ctf);
            assertEquals(trace.eventCount(), lines.size(), "one line per event");
            Event cas = first(trace, EventKind.CAS);
            String expected = String.format(Locale.ROOT, "cas: { thread_id = %d }, { seq = %d, chunk = %d, word = %d,"
                            + " expected = 0x%X, desired = 0x%X, witnessed = 0x%X, success = %d }",
                    cas.thread(), cas.seq(), cas.chunk(), cas.p0(), cas.p1(), cas.p2(), cas.p3(), cas.p4());
            assertTrue(lines.stream().anyMatch(line -> line.endsWith(expected)), "no line ends with: " + expected);

            String details = String.join("\n", babeltrace2("-c", "sink.text.details", ctf.toString()));
            assertTrue(details.contains("poolscope_workload: " + WORKLOAD), details.substring(0, 2000));
            assertTrue(details.contains("poolscope_seed: -77"), details.substring(0, 2000));
            assertTrue(details.contains("poolscope_chunk_0: start=0x10000000 phys=0x80000000 size=65536"),
                    details.substring(0, 2000));

            Path again = dir.resolve("again");
            CtfExport.export(trace, again);
            for (String name : List.of("metadata", "thread-0", "thread-3")) {
                assertEquals(-1L, Files.mismatch(ctf.resolve(name), again.resolve(name)), name + " is the same on every export");
            }
        }
    }

    @Test
    void timesThatGoBackInAThreadAreClampedSoBabeltrace2AcceptsTheStream() throws Exception {
        List<Event> events = new ArrayList<>();
        long[] times = {50, 40, -3, 60, 60, 10};
        for (int i = 0; i < 3000; i++) {
            events.add(new Event(i, i % 2, times[i % times.length] + i / times.length * 100L, -1, EventKind.RETRY, i, 0, 0, 0, 0));
        }
        Trace trace = new MemoryTrace(new TraceHeader(5, "mainline", "first_fit", List.of(), 2, "clamp", 0), events);
        Path ctf = dir.resolve("clamped");
        assertEquals(3000, CtfExport.export(trace, ctf));
        List<String> lines = babeltrace2(ctf);
        assertEquals(3000, lines.size());
        assertTrue(lines.get(lines.size() - 1).contains("retry:"), lines.get(lines.size() - 1));
    }

    @Test
    void aDirectoryWithFilesInItIsRefused() throws IOException {
        Path ctf = Files.createDirectories(dir.resolve("busy"));
        Files.writeString(ctf.resolve("README"), "babeltrace2 would read this as a stream");
        Trace trace = new MemoryTrace(new TraceHeader(5, "mainline", "first_fit", List.of(), 0, "", 0), List.of());
        IOException refused = assertThrows(IOException.class, () -> CtfExport.export(trace, ctf));
        assertTrue(refused.getMessage().contains(ctf.toString()), refused.getMessage());
    }

    private static Event first(Trace trace, EventKind kind) throws IOException {
        try (EventCursor cursor = trace.from(0)) {
            Event event = cursor.next();
            while (event != null && event.kind() != kind) {
                event = cursor.next();
            }
            assertTrue(event != null, "the run has a " + kind + " event");
            return event;
        }
    }

    private List<String> babeltrace2(Path ctf) throws Exception {
        return Babeltrace2.events(dir, ctf);
    }

    private List<String> babeltrace2(String... args) throws Exception {
        return Babeltrace2.run(dir, args);
    }
}
