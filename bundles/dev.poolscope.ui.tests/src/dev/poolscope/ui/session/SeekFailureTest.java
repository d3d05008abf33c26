package dev.poolscope.ui.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.poolscope.testkit.Recorded;
import dev.poolscope.testkit.swt.DialogCatcher;
import dev.poolscope.testkit.swt.UiEvents;
import dev.poolscope.trace.file.TraceFormatException;
import dev.poolscope.trace.scenario.Scenarios;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import org.eclipse.swt.widgets.Display;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A seek is all or nothing: when one listener cannot show the new event, every listener told goes
 * back to the event before, those after it are never told, and one dialog names the file and offset.
 */
class SeekFailureTest {

    private static final long DAMAGE_OFFSET = 4321;

    @TempDir
    Path dir;

    private final Display display = Display.getDefault();
    private final Sessions sessions = new Sessions();
    private Path file;
    private DialogCatcher errors;

    /** A listener that keeps each event it was told, and fails on {@code unreadable} if that is set. */
    private final class View implements SessionListener {
        final List<Long> shown = new ArrayList<>();
        final long unreadable;

        View(long unreadable) {
            this.unreadable = unreadable;
        }

        @Override
        public void sessionChanged(Optional<TraceSession> session) {
            shown.clear();
        }

        @Override
        public void seqChanged(TraceSession session, long seq) {
            shown.add(seq);
            if (seq == unreadable) {
                throw new UncheckedIOException("cannot read event " + seq,
                        new TraceFormatException(file, DAMAGE_OFFSET, "the payload changed since it was opened"));
            }
        }
    }

    @BeforeEach
    void openATrace() throws Exception {
        file = dir.resolve("race.pstrace");
        Recorded.toFile(Scenarios.byName("same-word-race"), file);
        OpenTraceJob job = new OpenTraceJob(file, 0, trace -> OptionalLong.empty(), sessions, display);
        job.schedule();
        UiEvents.until(() -> sessions.current().isPresent(), "the trace to open");
        errors = DialogCatcher.watch(display, TraceErrors.STEP_TITLE);
    }

    @AfterEach
    void closeTrace() {
        errors.stop();
        sessions.close();
    }

    @Test
    void aViewThatCannotShowTheNewEventPutsEveryViewBackAndOneDialogSaysWhere() throws Exception {
        long first = sessions.seq();
        long target = sessions.current().orElseThrow().model().nextEvent(first).orElseThrow();
        View before = new View(-1);
        View failing = new View(target);
        View after = new View(-1);
        for (View view : List.of(before, failing, after)) {
            sessions.addListener(view);
        }

        sessions.seek(target);

        assertEquals(first, sessions.seq(), "the workbench stays on the event shown before");
        assertEquals(List.of(target, first), before.shown, "told the new event, then put back");
        assertEquals(List.of(target, first), failing.shown, "it may have shown part of the new event");
        assertEquals(List.of(), after.shown, "never told of a move that did not happen");
        List<String> messages = errors.await(10_000);
        assertEquals(1, messages.size(), messages.toString());
        assertTrue(messages.get(0).contains(file + ": at byte " + DAMAGE_OFFSET), messages.get(0));
        assertTrue(messages.get(0).contains(String.format("Every view stays on event %,d.", first)), messages.get(0));

        sessions.removeListener(failing);
        sessions.seek(target);
        assertEquals(target, sessions.seq(), "without the failing view the step goes through");
        assertEquals(List.of(target), after.shown);
    }

    @Test
    void aBugInAViewStillPutsEveryViewBackAndIsNotTakenForDamage() throws Exception {
        long first = sessions.seq();
        long target = sessions.current().orElseThrow().model().nextEvent(first).orElseThrow();
        View before = new View(-1);
        sessions.addListener(before);
        sessions.addListener(new SessionListener() {
            @Override
            public void sessionChanged(Optional<TraceSession> session) {
            }

            @Override
            public void seqChanged(TraceSession session, long seq) {
                if (seq == target) {
                    throw new IllegalStateException("a bug");
                }
            }
        });

        assertThrows(IllegalStateException.class, () -> sessions.seek(target));
        assertEquals(first, sessions.seq());
        assertEquals(List.of(target, first), before.shown);
        while (display.readAndDispatch()) {
            // let a dialog, if one were opened, appear
        }
        assertEquals(List.of(), errors.messages());
    }
}
