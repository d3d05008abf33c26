package dev.poolscope.trace.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.poolscope.testkit.Deadlines;
import dev.poolscope.trace.file.TraceFile;
import dev.poolscope.trace.scenario.Scenario;
import dev.poolscope.trace.scenario.Scenarios;
import dev.poolscope.trace.workload.StopRequest;
import dev.poolscope.trace.workload.Workload;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A recording is kept at its output only when whole: finished or stopped, never failed or cancelled. */
class FileRecordingTest {

    /** Far more work than a test waits for: only a stop or a cancel ends it. */
    private static final Workload ENDLESS = Workload.parse("threads=2 ops=1000000000 chunks=64KiB@0x10000000");

    @TempDir
    Path dir;

    @Test
    void aFinishedRecordingReplacesTheOutputAndLeavesNoPartFile() throws Exception {
        Path output = Files.writeString(dir.resolve("run.pstrace"), "an older trace");
        Scenario scenario = Scenarios.byName("same-word-race");
        FileRecording recording = new FileRecording(new RunPlan.OfScenario(scenario, scenario.pool().variant()), output);

        long events = recording.record(new StopRequest());

        assertEquals(List.of(output), Files.list(dir).toList());
        try (TraceFile trace = TraceFile.open(output)) {
            assertEquals(events, trace.eventCount());
            assertTrue(trace.damageSummary().endsWith("intact"), trace.damageSummary());
        }
        assertEquals(events, recording.eventsRecorded());
    }

    @ParameterizedTest
    @EnumSource(RunPlan.Scheduler.class)
    void aStoppedRecordingIsKeptWholeWithEveryOperationEnded(RunPlan.Scheduler scheduler) throws Exception {
        Path output = dir.resolve("stopped.pstrace");
        FileRecording recording = new FileRecording(new RunPlan.OfWorkload(ENDLESS, scheduler), output);
        StopRequest stop = new StopRequest();
        AtomicReference<Object> outcome = new AtomicReference<>();
        Thread thread = new Thread(() -> outcome.set(recordCatching(recording, stop)), "stopped-recording");
        thread.start();
        awaitEvents(recording, 20_000);
        stop.request();
        Deadlines.join(thread); // the run stops

        long events = (Long) outcome.get();
        try (TraceFile trace = TraceFile.open(output)) {
            assertEquals(0, trace.truncatedBytes() + trace.missingEvents(), trace.damageSummary());
            assertEquals(events, trace.eventCount());
        }
        OperationEnds ends = OperationEnds.of(output);
        assertEquals(Set.of(0, 1), ends.last().keySet());
        assertTrue(ends.allWhole(), ends.toString());
        assertFalse(Files.exists(recording.partFile()));
    }

    @ParameterizedTest
    @EnumSource(RunPlan.Scheduler.class)
    void aCancelledRecordingLeavesTheOutputAsItWasAndNoPartFile(RunPlan.Scheduler scheduler) throws Exception {
        Path output = Files.writeString(dir.resolve("cancelled.pstrace"), "an older trace");
        FileRecording recording = new FileRecording(new RunPlan.OfWorkload(ENDLESS, scheduler), output);
        AtomicReference<Object> outcome = new AtomicReference<>();
        Thread thread = new Thread(() -> outcome.set(recordCatching(recording, new StopRequest())), "cancelled");
        thread.start();
        awaitEvents(recording, 20_000);
        assertTrue(Files.exists(recording.partFile()));
        thread.interrupt();
        Deadlines.join(thread); // the run stops

        assertInstanceOf(InterruptedException.class, outcome.get());
        assertEquals("an older trace", Files.readString(output));
        assertFalse(Files.exists(recording.partFile()), "the partial recording is deleted");
    }

    @Test
    void aRecordingThatCannotStartSaysWhichFileAndLeavesNothing() throws Exception {
        Path notADirectory = Files.writeString(dir.resolve("plain-file"), "not a directory");
        Path output = notADirectory.resolve("run.pstrace");
        FileRecording recording = new FileRecording(new RunPlan.OfWorkload(Workload.parse("threads=1 ops=10"),
                RunPlan.Scheduler.REAL_THREADS), output);

        IOException failure = assertThrows(IOException.class, () -> recording.record(new StopRequest()));

        // refused before the run and before any file is made: the message names the output the caller gave
        assertEquals("cannot write " + output + ": not a directory", failure.getMessage());
        assertFalse(Files.exists(recording.partFile()));
        assertEquals(List.of(notADirectory), Files.list(dir).toList());
    }

    /** The events recorded, or what the recording threw. */
    private static Object recordCatching(FileRecording recording, StopRequest stop) {
        try {
            return recording.record(stop);
        } catch (Exception e) {
            return e;
        }
    }

    private static void awaitEvents(FileRecording recording, long events) throws InterruptedException {
        Deadlines.until(() -> recording.eventsRecorded() >= events, events + " events");
    }
}
