package dev.poolscope.ui.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.poolscope.testkit.Deadlines;
import dev.poolscope.testkit.swt.UiEvents;
import dev.poolscope.testkit.swt.Widgets;
import dev.poolscope.trace.Event;
import dev.poolscope.trace.EventCursor;
import dev.poolscope.trace.file.TraceFile;
import dev.poolscope.trace.run.RunPlan;
import dev.poolscope.trace.scenario.Scenario;
import dev.poolscope.trace.scenario.Scenarios;
import dev.poolscope.trace.workload.Workload;
import dev.poolscope.ui.session.OpenTraceJob;
import dev.poolscope.ui.session.Sessions;
import dev.poolscope.ui.session.TraceSession;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Recording in the background: whole traces that open where they should, and nothing kept from a cancelled or failed run. */
class RecordRunJobTest {

    @TempDir
    Path dir;

    private final Display display = Display.getDefault();
    private final Sessions sessions = new Sessions();

    @AfterEach
    void closeTrace() {
        sessions.close();
    }

    @Test
    void aScenarioIsRecordedAndOpensAtItsFirstInterestingEvent() throws Exception {
        Scenario scenario = Scenarios.byName("v4-search-start");
        Path file = dir.resolve("scenario.pstrace");
        RecordRunJob job = new RecordRunJob(new RunPlan.OfScenario(scenario, scenario.variants().get(1)), file, 0,
                sessions, display);

        TraceSession session = recordAndOpen(job);

        assertEquals(file, session.file());
        assertFalse(Files.exists(job.partFile()));
        assertEquals(scenario.variants().get(1).id(), session.trace().header().variant());
        assertEquals(scenario.scripts().size(), session.trace().header().threads());
        assertTrue(session.model().eventCount() > 0);
        long interesting = scenario.interesting().firstIn(session.trace()).orElseThrow();
        assertTrue(interesting > session.model().firstSeq(), "the scenario's interesting event is not its first");
        assertEquals(interesting, sessions.seq());
    }

    @ParameterizedTest
    @EnumSource(RunPlan.Scheduler.class)
    void aWorkloadIsRecordedWithEveryThreadAndOpensAtItsFirstEvent(RunPlan.Scheduler scheduler) throws Exception {
        Workload workload = Workload.parse("threads=3 ops=300 chunks=64KiB@0x10000000 seed=5");
        Path file = dir.resolve("workload.pstrace");
        TraceSession session = recordAndOpen(new RecordRunJob(new RunPlan.OfWorkload(workload, scheduler), file, 0,
                sessions, display));

        assertEquals(workload.text(), session.trace().header().workload());
        assertEquals(3, session.trace().header().threads());
        assertEquals(Set.of(0, 1, 2), threadsIn(file));
        assertTrue(session.model().eventCount() >= 3 * 300 * 2, "at least a begin and an end per operation");
        assertEquals(session.model().firstSeq(), sessions.seq());
    }

    @ParameterizedTest
    @EnumSource(RunPlan.Scheduler.class)
    void aCancelledRecordingStopsAndLeavesNoTrace(RunPlan.Scheduler scheduler) throws Exception {
        Workload endless = Workload.parse("threads=2 ops=1000000000 chunks=64KiB@0x10000000");
        Path file = dir.resolve("cancelled.pstrace");
        RecordRunJob job = new RecordRunJob(new RunPlan.OfWorkload(endless, scheduler), file, 0, sessions, display);
        job.schedule();
        Deadlines.until(() -> job.eventsRecorded() >= 20_000, "the run to be well under way");
        assertTrue(Files.exists(job.partFile()));
        job.cancel();
        assertTrue(job.join(Deadlines.PATIENCE_MILLIS, null), "the recording job ends");

        assertEquals(IStatus.CANCEL, job.getResult().getSeverity());
        long recorded = job.eventsRecorded();
        assertFalse(Files.exists(file), "no trace at the output");
        assertFalse(Files.exists(job.partFile()), "the partial recording is deleted");
        assertTrue(Thread.getAllStackTraces().keySet().stream().map(Thread::getName).noneMatch(RecordRunJobTest::ofARun),
                "the run's threads have ended");
        assertEquals(recorded, job.eventsRecorded(), "nothing is recorded after the cancel");
    }

    @Test
    void aFailedRecordingIsShownNamingTheProblemAndKeepsNoFile() throws Exception {
        Path notADirectory = Files.writeString(dir.resolve("plain-file"), "not a directory");
        Path file = notADirectory.resolve("run.pstrace");
        RecordRunJob job = new RecordRunJob(new RunPlan.OfWorkload(Workload.parse("threads=1 ops=10"),
                RunPlan.Scheduler.REAL_THREADS), file, 0, sessions, display);

        List<String> shown = errorDialogOf(() -> job.schedule());

        assertEquals(IStatus.ERROR, job.getResult().getSeverity());
        assertEquals(RecordRunJob.ERROR_TITLE, shown.get(0));
        assertTrue(shown.stream().anyMatch(text -> text.contains(file.toString())), shown.toString());
        assertFalse(Files.exists(job.partFile()));
        assertTrue(sessions.current().isEmpty(), "nothing was opened");
    }

    /** Runs the job to its end and the display until the trace it opens is the current one. */
    private TraceSession recordAndOpen(RecordRunJob job) throws InterruptedException {
        job.schedule();
        assertTrue(job.join(Deadlines.PATIENCE_MILLIS, null), "the recording job ends");
        assertEquals(IStatus.OK, job.getResult().getSeverity(), job.getResult().getMessage());
        UiEvents.until(() -> sessions.current().isPresent(), "the recorded trace to open");
        return sessions.current().get();
    }

    /** Starts {@code action}, then waits for the error dialog it leads to: its title and texts, after closing it. */
    private List<String> errorDialogOf(Runnable action) {
        AtomicReference<List<String>> shown = new AtomicReference<>();
        Listener catcher = event -> {
            if (event.widget instanceof Shell shell && RecordRunJob.ERROR_TITLE.equals(shell.getText())) {
                List<String> texts = new ArrayList<>(List.of(shell.getText()));
                Widgets.all(shell, Label.class).forEach(label -> texts.add(label.getText()));
                shown.set(texts);
                display.asyncExec(shell::close);
            }
        };
        display.addFilter(SWT.Show, catcher);
        try {
            action.run();
            UiEvents.until(() -> shown.get() != null, "the error dialog");
        } finally {
            display.removeFilter(SWT.Show, catcher);
        }
        return shown.get();
    }

    /** A thread of a recorded run: its workers, scheduled threads, the recording thread or the recorder's writer. */
    private static boolean ofARun(String threadName) {
        return threadName.startsWith("poolscope-T") || threadName.startsWith("poolscope-scheduled-T")
                || threadName.startsWith("poolscope-recording") || threadName.startsWith("poolscope-recorder");
    }

    private static Set<Integer> threadsIn(Path file) throws IOException {
        Set<Integer> threads = new HashSet<>();
        try (TraceFile trace = TraceFile.open(file); EventCursor cursor = trace.from(0)) {
            for (Event e = cursor.next(); e != null; e = cursor.next()) {
                threads.add(e.thread());
            }
        }
        return threads;
    }
}
