package dev.poolscope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.poolscope.core.io.WholeOutput;
import dev.poolscope.testkit.Babeltrace2;
import dev.poolscope.testkit.SmallBlocks;
import dev.poolscope.trace.Event;
import dev.poolscope.trace.EventCursor;
import dev.poolscope.trace.file.TraceFile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code export-ctf} writes a whole directory or none: a trace damaged part-way and a full disk
 * leave the target as it was (absent, or empty), so a second export into it works; a torn trace is
 * exported up to its last whole block, saying on stderr and in the metadata how many events were lost.
 */
class ExportCtfWholeTest {

    @TempDir
    Path dir;
    private Path trace;
    private Path outputs;

    @BeforeEach
    void recordATrace() throws IOException {
        trace = dir.resolve("run.pstrace");
        CommandRun record = CommandRun.of("record", "--workload", "threads=2 ops=20000 chunks=64KiB@0x10000000",
                "-o", trace.toString());
        assertEquals(0, record.exitCode, record::toString);
        outputs = Files.createDirectory(dir.resolve("outputs"));
    }

    @Test
    void aFullDiskLeavesNoDirectoryAndASecondExportWorks() throws Exception {
        Path ctf = outputs.resolve("ctf");
        // the file size limit, in KiB, lets each stream file take one packet: the second fails
        ChildRecord child = ChildRecord.start(dir, "ulimit -f 64;", List.of(),
                List.of("export-ctf", trace.toString(), ctf.toString()));

        assertEquals(1, child.exitCode(), child::toString);
        Path part = WholeOutput.temporaryOf(ctf);
        assertTrue(child.err().startsWith("poolscope export-ctf: cannot write " + part.resolve("thread-")), child::toString);
        assertTrue(child.err().contains(": file too large; nothing was kept (" + part + " is deleted): " + ctf
                + " was not created"), child::toString);
        assertEquals(List.of(), Files.list(outputs).toList());

        assertExportedWhole(ctf);
    }

    @Test
    void aTraceDamagedPartWayLeavesTheTargetAsItWasAndASecondExportWorks() throws Exception {
        Path damaged = withASeqGivenTwice(trace);
        Path ctf = Files.createDirectory(outputs.resolve("ctf"));

        CommandRun export = CommandRun.of("export-ctf", damaged.toString(), ctf.toString());

        assertEquals(1, export.exitCode, export::toString);
        assertTrue(export.err.startsWith("poolscope export-ctf: " + damaged + ": at byte "), export.err);
        assertTrue(export.err.contains("was already given to an event of another thread; nothing was kept ("
                + WholeOutput.temporaryOf(ctf) + " is deleted): " + ctf + " is as it was"), export.err);
        assertEquals(List.of(), Files.list(ctf).toList());
        assertEquals(List.of(ctf), Files.list(outputs).toList());

        assertExportedWhole(ctf);
    }

    @Test
    void aTornTraceSaysHowManyEventsWereLost() throws Exception {
        long recorded;
        try (TraceFile whole = TraceFile.open(trace)) {
            recorded = whole.eventCount();
        }
        byte[] bytes = Files.readAllBytes(trace);
        Path torn = Files.write(dir.resolve("torn.pstrace"), Arrays.copyOf(bytes, insideTheLastPayload(bytes)));
        long kept;
        try (TraceFile file = TraceFile.open(torn)) {
            kept = file.eventCount();
        }
        Path ctf = outputs.resolve("ctf");

        CommandRun export = CommandRun.of("export-ctf", torn.toString(), ctf.toString());

        assertEquals(0, export.exitCode, export::toString);
        assertEquals(String.format("wrote %,d events to %s%n", kept, ctf), export.out);
        assertTrue(export.err.startsWith(String.format("poolscope export-ctf: %s is damaged: %,d events were lost (",
                torn, recorded - kept)), export.err);
        assertEquals(kept, babeltrace2(ctf.toString()).size());
        String details = String.join("\n", babeltrace2("-c", "sink.text.details", ctf.toString())).replace(",", "");
        assertTrue(details.contains("poolscope_events_lost: " + (recorded - kept)), details.substring(0, 2000));
        assertTrue(details.contains("poolscope_damage: " + kept + " events of 2 threads"), details.substring(0, 2000));
    }

    /**
     * Half-way into the last block's payload, after its 40-byte header (TRACE-FORMAT.md), which names
     * the block's seqs: every event the cut loses is then counted.
     */
    private static int insideTheLastPayload(byte[] trace) {
        int last = trace.length - 4;
        while (!(trace[last] == 'P' && trace[last + 1] == 'B' && trace[last + 2] == 'L' && trace[last + 3] == 'K')) {
            last--;
        }
        int payload = last + 40;
        assertTrue(trace.length - payload > 1, "the last block has a payload to cut");
        return payload + (trace.length - payload) / 2;
    }

    private void assertExportedWhole(Path ctf) throws Exception {
        CommandRun again = CommandRun.of("export-ctf", trace.toString(), ctf.toString());
        assertEquals(0, again.exitCode, again::toString);
        try (TraceFile file = TraceFile.open(trace)) {
            assertEquals(file.eventCount(), babeltrace2(ctf.toString()).size());
        }
        assertFalse(Files.exists(WholeOutput.temporaryOf(ctf)));
    }

    /**
     * The trace's events rewritten as the recorder writes them, but one event gets the seq of another
     * thread's event just before it: each thread's seqs still go forward, so the file opens, and the
     * export finds the seq given twice only when it reaches it (half-way, where the threads interleave there).
     */
    private Path withASeqGivenTwice(Path original) throws IOException {
        List<Event> events = new ArrayList<>();
        Path damaged = dir.resolve("damaged.pstrace");
        try (TraceFile file = TraceFile.open(original); EventCursor cursor = file.from(0)) {
            for (Event e = cursor.next(); e != null; e = cursor.next()) {
                events.add(e);
            }
            int i = secondThreadAfter(events, events.size() / 2);
            i = i < events.size() ? i : secondThreadAfter(events, 2);
            Event e = events.get(i);
            events.set(i, new Event(e.seq() - 1, e.thread(), e.time(), e.chunk(), e.kind(), e.p0(), e.p1(), e.p2(),
                    e.p3(), e.p4()));
            write(damaged, file, events);
        }
        return damaged;
    }

    /** The first index from {@code from} on whose event follows two of another thread. */
    private static int secondThreadAfter(List<Event> events, int from) {
        int i = from;
        while (i < events.size() && !(events.get(i).thread() != events.get(i - 1).thread()
                && events.get(i - 1).thread() == events.get(i - 2).thread())) {
            i++;
        }
        return i;
    }

    private static void write(Path damaged, TraceFile file, List<Event> events) throws IOException {
        SmallBlocks.write(damaged, file.header(), events, 4096);
    }

    private List<String> babeltrace2(String... args) throws Exception {
        return Babeltrace2.run(dir, args);
    }
}
