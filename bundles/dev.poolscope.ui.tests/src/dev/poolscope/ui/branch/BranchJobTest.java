package dev.poolscope.ui.branch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.poolscope.testkit.Recorded;
import dev.poolscope.testkit.swt.DialogCatcher;
import dev.poolscope.testkit.swt.UiEvents;
import dev.poolscope.trace.branch.BranchPoint;
import dev.poolscope.trace.file.TraceFile;
import dev.poolscope.trace.scenario.Scenarios;
import dev.poolscope.trace.workload.Workload;
import dev.poolscope.ui.session.Sessions;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Branch Here's job: a point with nothing to branch said so, a cancelled user asked nothing more, Cancel stopping the re-run. */
class BranchJobTest {

    @TempDir
    Path dir;

    private final Display display = Display.getDefault();
    private final Sessions sessions = new Sessions();
    private final List<String> asked = new ArrayList<>();
    private DialogCatcher errors;

    @BeforeEach
    void watch() {
        errors = DialogCatcher.watch(display, BranchJob.ERROR_TITLE);
    }

    @AfterEach
    void stop() {
        errors.stop();
        sessions.close();
    }

    @Test
    void theRunsLastEventHasNothingToBranchAndSaysSo() throws Exception {
        Path trace = dir.resolve("race.pstrace");
        Recorded.toFile(Scenarios.byName("same-word-race"), trace);
        long last;
        try (TraceFile file = TraceFile.open(trace)) {
            last = file.lastSeq();
        }

        IStatus status = run(new BranchJob(trace, last, 0, sessions, display, this::ask, Scenarios::byName));

        assertEquals(IStatus.ERROR, status.getSeverity());
        List<String> messages = errors.await(10_000);
        assertEquals(1, messages.size(), messages::toString);
        assertTrue(messages.get(0).startsWith(trace + ": nothing to branch: after event " + last), messages.get(0));
        assertEquals(List.of(), asked);
    }

    @Test
    void aUserWhoCancelsTheQuestionGetsNoBranch() throws Exception {
        Path trace = dir.resolve("race.pstrace");
        Recorded.toFile(Scenarios.byName("same-word-race"), trace);

        IStatus status = run(new BranchJob(trace, 4, 0, sessions, display, this::ask, Scenarios::byName));

        assertEquals(IStatus.CANCEL, status.getSeverity());
        assertEquals(List.of("after event 4 (step 4) T0 takes the next step; T1 can instead"), asked);
        assertEquals(List.of(), errors.messages());
        assertTrue(sessions.current().isEmpty());
    }

    @Test
    void cancelStopsTheRunMadeAgain() throws Exception {
        Path trace = dir.resolve("long.pstrace");
        Recorded.toFile(Workload.parse("threads=2 ops=20000 chunks=64KiB@0x10000000 seed=5"), trace);
        long last;
        try (TraceFile file = TraceFile.open(trace)) {
            last = file.lastSeq();
        }
        BranchJob job = new BranchJob(trace, last - 10, 0, sessions, display, this::ask, Scenarios::byName);
        job.schedule();
        UiEvents.until(() -> job.getState() == Job.RUNNING, "the job to start");
        job.cancel();
        UiEvents.until(() -> job.getResult() != null, "the job to stop");

        assertEquals(IStatus.CANCEL, job.getResult().getSeverity(), job.getResult()::toString);
        UiEvents.drain();
        assertEquals(List.of(), errors.messages(), "a cancel is not an error");
        assertEquals(List.of(), asked, "stopped before the question");
    }

    private BranchJob.Choice ask(BranchPoint point) {
        asked.add(point.describe());
        return null;
    }

    private static IStatus run(BranchJob job) {
        job.schedule();
        UiEvents.until(() -> job.getResult() != null, "the branch job to end");
        UiEvents.drain();
        return job.getResult();
    }
}
