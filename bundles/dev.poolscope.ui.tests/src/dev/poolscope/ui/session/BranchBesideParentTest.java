package dev.poolscope.ui.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.poolscope.testkit.BranchPair;
import dev.poolscope.testkit.swt.DialogCatcher;
import dev.poolscope.testkit.swt.UiEvents;
import dev.poolscope.trace.Event;
import dev.poolscope.trace.scenario.Scenarios;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.swt.widgets.Display;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A branch opened beside its parent: both sessions open, aligned by event; each listener is told of
 * the trace it shows; a seek moves both; the parent is found where its header says or beside the
 * branch, and a branch whose parent is gone opens alone.
 */
class BranchBesideParentTest {

    @TempDir
    Path dir;

    private final Display display = Display.getDefault();
    private final Sessions sessions = new Sessions();
    private DialogCatcher errors;
    private BranchPair pair;

    @BeforeEach
    void record() throws Exception {
        errors = DialogCatcher.watch(display, OpenTraceJob.ERROR_TITLE);
        pair = BranchPair.record(dir, Scenarios.byName("same-word-race"), 4);
    }

    @AfterEach
    void close() {
        errors.stop();
        sessions.close();
    }

    @Test
    void theBranchOpensBesideItsParentAndEachListenerFollowsItsTrace() throws Exception {
        List<String> branchSide = new ArrayList<>();
        List<String> parentSide = new ArrayList<>();
        sessions.addListener(listener(branchSide, TraceChoice.OPENED));
        sessions.addListener(listener(parentSide, TraceChoice.PARENT));

        assertTrue(open(pair.branch(), ParentPolicy.ALWAYS).isOK());

        assertEquals(pair.branch(), sessions.current().orElseThrow().file());
        assertEquals(pair.parent().toAbsolutePath().normalize(), sessions.parent().orElseThrow().file());
        assertEquals(List.of("opened branch.pstrace", "branch.pstrace at 4"), branchSide);
        assertEquals(List.of("opened parent.pstrace", "parent.pstrace at 4"), parentSide);

        sessions.seek(7);
        assertEquals("branch.pstrace at 7", branchSide.get(branchSide.size() - 1));
        assertEquals("parent.pstrace at 7", parentSide.get(parentSide.size() - 1));
        assertEquals(7, sessions.seqIn(sessions.parent().orElseThrow()));
        Event branchEvent = sessions.current().orElseThrow().model().eventAt(pair.event() + 1).orElseThrow();
        Event parentEvent = sessions.parent().orElseThrow().model().eventAt(pair.event() + 1).orElseThrow();
        assertEquals(pair.thread(), branchEvent.thread(), "the two part after the branch point");
        assertTrue(branchEvent.thread() != parentEvent.thread());

        sessions.seek(Long.MAX_VALUE);
        long parentLast = sessions.parent().orElseThrow().model().lastSeq();
        assertEquals(Math.min(parentLast, sessions.seq()), sessions.seqIn(sessions.parent().orElseThrow()),
                "each trace stops at its own end");
        sessions.close();
        assertEquals(Optional.empty(), sessions.parent());
    }

    @Test
    void aParentMovedWithItsBranchIsFoundBesideIt() throws Exception {
        Path elsewhere = Files.createDirectory(dir.resolve("moved"));
        Path branch = Files.move(pair.branch(), elsewhere.resolve("branch.pstrace"));
        Files.move(pair.parent(), elsewhere.resolve("parent.pstrace"));

        assertTrue(open(branch, ParentPolicy.ALWAYS).isOK());

        assertEquals(elsewhere.resolve("parent.pstrace").toAbsolutePath(), sessions.parent().orElseThrow().file());
    }

    @Test
    void aBranchWhoseParentIsGoneOpensAlone() throws Exception {
        Files.delete(pair.parent());

        assertTrue(open(pair.branch(), ParentPolicy.ALWAYS).isOK());

        assertEquals(pair.branch(), sessions.current().orElseThrow().file());
        assertEquals(Optional.empty(), sessions.parent());
        assertEquals(List.of(), errors.messages());
    }

    @Test
    void aDamagedParentIsNamedAndNothingOpens() throws Exception {
        byte[] bytes = Files.readAllBytes(pair.parent());
        bytes[20] ^= 0x5a; // inside the header, which its checksum covers
        Files.write(pair.parent(), bytes);

        assertEquals(IStatus.ERROR, open(pair.branch(), ParentPolicy.ALWAYS).getSeverity());

        List<String> messages = errors.await(10_000);
        assertEquals(1, messages.size(), messages.toString());
        assertTrue(messages.get(0).startsWith("cannot open " + pair.parent().toAbsolutePath().normalize()
                + " (the parent of the branch branch.pstrace): "), messages.get(0));
        assertEquals(Optional.empty(), sessions.current());
    }

    private IStatus open(Path file, ParentPolicy policy) {
        OpenTraceJob job = new OpenTraceJob(file, 0, trace -> OptionalLong.of(pair.event()), sessions, display)
                .withParents(policy);
        job.schedule();
        UiEvents.until(() -> job.getResult() != null, "the open job to end");
        UiEvents.drain();
        return job.getResult();
    }

    private static SessionListener listener(List<String> told, TraceChoice choice) {
        return new SessionListener() {
            @Override
            public void sessionChanged(Optional<TraceSession> session) {
                told.add(session.map(s -> "opened " + s.name()).orElse("live"));
            }

            @Override
            public void seqChanged(TraceSession session, long seq) {
                told.add(session.name() + " at " + seq);
            }

            @Override
            public TraceChoice shows() {
                return choice;
            }
        };
    }
}
