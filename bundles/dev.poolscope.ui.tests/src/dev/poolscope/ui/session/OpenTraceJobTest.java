package dev.poolscope.ui.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.poolscope.model.Landmark;
import dev.poolscope.testkit.Recorded;
import dev.poolscope.testkit.swt.DialogCatcher;
import dev.poolscope.testkit.swt.UiEvents;
import dev.poolscope.trace.record.Recorder;
import dev.poolscope.trace.scenario.EventFinder;
import dev.poolscope.trace.scenario.Scenarios;
import dev.poolscope.trace.workload.Workload;
import dev.poolscope.trace.workload.WorkloadRunner;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.swt.widgets.Display;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Opening trace files as a job: the session every view follows, seeks, and errors named in a dialog. */
class OpenTraceJobTest {

    @TempDir
    Path dir;

    private final Display display = Display.getDefault();
    private final Sessions sessions = new Sessions();
    private final List<String> told = new ArrayList<>();

    private DialogCatcher errors;

    @BeforeEach
    void watchForErrors() {
        errors = DialogCatcher.watch(display, OpenTraceJob.ERROR_TITLE);
    }

    @AfterEach
    void closeTrace() {
        errors.stop();
        sessions.close();
    }

    @Test
    void aScenarioTraceOpensAtItsFirstInterestingEventAndSeeksStayInsideIt() throws Exception {
        Path file = dir.resolve("rollback.pstrace");
        Recorded.toFile(Scenarios.byName("cross-word-rollback"), file);
        sessions.addListener(recorder());
        IStatus status = openAndWait(file, Scenarios.byName("cross-word-rollback").interesting());

        assertTrue(status.isOK(), status.toString());
        TraceSession session = sessions.current().orElseThrow();
        assertEquals(file, session.file());
        long interesting = Scenarios.byName("cross-word-rollback").interesting().firstIn(session.trace()).orElseThrow();
        assertEquals(interesting, sessions.seq());
        assertEquals(List.of("opened rollback.pstrace", "seq " + interesting), told);
        assertEquals(List.of(), errors.messages());
        assertTrue(session.model().count(Landmark.ROLLBACK) > 0);
        assertEquals(session.model().lastSeq(), session.series().lastSeq());

        sessions.seek(Long.MAX_VALUE);
        assertEquals(session.model().lastSeq(), sessions.seq(), "a seek past the end stops at the last event");
        sessions.seek(-5);
        assertEquals(session.model().firstSeq(), sessions.seq(), "a seek before the start stops at the first event");
    }

    @Test
    void withoutAFinderTheTraceOpensAtItsFirstEventAndClosingGoesBackToLiveMode() throws Exception {
        Path file = dir.resolve("race.pstrace");
        Recorded.toFile(Scenarios.byName("same-word-race"), file);
        openAndWait(file, trace -> OptionalLong.empty());
        assertEquals(sessions.current().orElseThrow().model().firstSeq(), sessions.seq());

        sessions.addListener(recorder());
        sessions.close();
        assertEquals(Optional.empty(), sessions.current());
        assertEquals(List.of("live"), told);
    }

    @Test
    void aDamagedFileIsNamedInADialogAndTheOpenTraceStaysOpen() throws Exception {
        Path good = dir.resolve("good.pstrace");
        Recorded.toFile(Scenarios.byName("same-word-race"), good);
        openAndWait(good, trace -> OptionalLong.empty());
        TraceSession before = sessions.current().orElseThrow();
        long seqBefore = sessions.seq();

        byte[] bytes = Files.readAllBytes(good);
        bytes[9] ^= 0x5a; // inside the header, which its checksum covers
        Path damaged = Files.write(dir.resolve("damaged.pstrace"), bytes);
        IStatus status = openAndWait(damaged, trace -> OptionalLong.empty());

        assertEquals(IStatus.ERROR, status.getSeverity());
        List<String> messages = errors.await(10_000);
        assertEquals(1, messages.size(), messages.toString());
        String message = messages.get(0);
        assertTrue(message.contains(damaged.toString()), message);
        assertTrue(message.matches("(?s).*at byte \\d+.*"), message);
        assertSame(before, sessions.current().orElseThrow(), "the trace open before stays open");
        assertEquals(seqBefore, sessions.seq());
        assertTrue(before.model().eventAt(seqBefore).isPresent(), "and can still be read");
    }

    @Test
    void aMissingFileIsNamedInADialog() throws Exception {
        Path missing = dir.resolve("nowhere.pstrace");
        openAndWait(missing, trace -> OptionalLong.empty());
        assertEquals(List.of("cannot read " + missing + ": no such file"), errors.await(10_000));
        assertFalse(sessions.current().isPresent());
    }

    @Test
    void cancellingStopsTheReadingAndOpensNothing() throws Exception {
        Workload workload = Workload.parse("threads=2 ops=20000 chunks=64KiB@0x10000000");
        Path file = dir.resolve("big.pstrace");
        long start = System.nanoTime();
        try (Recorder recorder = Recorder.create(file, workload.header(), () -> System.nanoTime() - start)) {
            WorkloadRunner.run(workload, recorder);
        }
        // SubMonitor gives its parent 1000 units: 50 for checking the file's blocks, 950 for the one pass over it
        CancelAfter monitor = new CancelAfter(51);
        OpenTraceJob job = new OpenTraceJob(file, 0, trace -> OptionalLong.empty(), sessions, display);

        IStatus status = job.run(monitor);

        assertEquals(IStatus.CANCEL, status.getSeverity());
        assertTrue(monitor.worked > 50 && monitor.worked < 1000,
                "the pass stopped at its first report after the cancel: " + monitor.worked);
        while (display.readAndDispatch()) {
            // nothing may have been handed to the UI thread
        }
        assertEquals(Optional.empty(), sessions.current());
        assertEquals(List.of(), errors.messages(), "a cancel is not an error");
    }

    /** A monitor whose user presses Cancel after {@code units} units of work. */
    private static final class CancelAfter extends NullProgressMonitor {
        private final int units;
        private int worked;

        CancelAfter(int units) {
            this.units = units;
        }

        @Override
        public void worked(int work) {
            worked += work;
        }

        @Override
        public boolean isCanceled() {
            return worked >= units;
        }
    }

    private SessionListener recorder() {
        return new SessionListener() {
            @Override
            public void sessionChanged(Optional<TraceSession> session) {
                told.add(session.map(s -> "opened " + s.name()).orElse("live"));
            }

            @Override
            public void seqChanged(TraceSession session, long seq) {
                told.add("seq " + seq);
            }
        };
    }

    /** Runs the job and lets the UI thread run what it handed over (opening the session, or the dialog). */
    private IStatus openAndWait(Path file, EventFinder startAt) throws Exception {
        OpenTraceJob job = new OpenTraceJob(file, 0, startAt, sessions, display);
        job.schedule();
        UiEvents.until(() -> job.getResult() != null, "the open job to end");
        UiEvents.drain(); // runs what the job handed to the UI thread before it ended
        return job.getResult();
    }
}
