package dev.poolscope.app;

import static dev.poolscope.app.Workbenches.isEnabled;
import static dev.poolscope.app.Workbenches.run;
import static dev.poolscope.app.Workbenches.window;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.poolscope.model.Landmark;
import dev.poolscope.model.ReplayModel;
import dev.poolscope.testkit.Recorded;
import dev.poolscope.testkit.swt.DialogCatcher;
import dev.poolscope.testkit.swt.UiEvents;
import dev.poolscope.trace.file.TraceFile;
import dev.poolscope.trace.file.TraceFormatException;
import dev.poolscope.trace.scenario.Scenarios;
import dev.poolscope.ui.commands.PoolscopeCommands;
import dev.poolscope.ui.commands.RecentTraces;
import dev.poolscope.ui.commands.TraceOpener;
import dev.poolscope.ui.mode.ModeText;
import dev.poolscope.ui.session.OpenTraceJob;
import dev.poolscope.ui.session.Sessions;
import dev.poolscope.ui.session.TraceSession;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalLong;
import java.util.SplittableRandom;

import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.NotEnabledException;
import org.eclipse.jface.bindings.keys.KeySequence;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.keys.IBindingService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The workbench's trace commands on a recorded scenario, run as keys and menus run them. */
@ExtendWith(InWorkbench.class)
class TraceCommandsTest {

    @TempDir
    static Path dir;
    private static Path trace;

    private final Sessions sessions = Sessions.workbench();

    @BeforeAll
    static void record() throws Exception {
        trace = dir.resolve("rollback.pstrace");
        Recorded.toFile(Scenarios.byName("cross-word-rollback"), trace);
    }

    @BeforeEach
    @AfterEach
    void liveMode() {
        sessions.close();
        UiEvents.drain();
    }

    @Test
    void stepForwardIsF6AndStepBackShiftF6AndTheTraceMenuShowsThem() throws Exception {
        IBindingService bindings = PlatformUI.getWorkbench().getService(IBindingService.class);
        KeySequence f6 = KeySequence.getInstance("F6");
        // the window's binding context is active while the window is: as for a user, it has the focus
        window().getShell().forceActive();
        UiEvents.until(() -> Arrays.asList(bindings.getActiveBindingsFor(PoolscopeCommands.STEP_FORWARD)).contains(f6),
                "Step Forward bound to F6");
        assertTrue(Arrays.asList(bindings.getActiveBindingsFor(PoolscopeCommands.STEP_BACK))
                .contains(KeySequence.getInstance("SHIFT+F6")));
        assertTrue(Arrays.asList(bindings.getActiveBindingsFor(PoolscopeCommands.NEXT_ROLLBACK))
                .contains(KeySequence.getInstance("F8")));

        List<String> items = traceMenuItems();
        assertTrue(items.contains("Step Forward\tF6"), () -> "Trace menu: " + items);
        assertTrue(items.contains("Step Back\tShift+F6"), () -> "Trace menu: " + items);
    }

    @Test
    void movesAreDisabledWhileNoTraceIsOpen() {
        for (String command : List.of(PoolscopeCommands.STEP_FORWARD, PoolscopeCommands.NEXT_RACE,
                PoolscopeCommands.RUN_TO_END, PoolscopeCommands.STEP_CURRENT_THREAD_FORWARD,
                PoolscopeCommands.CLOSE_TRACE)) {
            assertFalse(isEnabled(command), command);
        }
        assertThrows(NotEnabledException.class, () -> run(PoolscopeCommands.STEP_FORWARD));
        assertTrue(isEnabled(PoolscopeCommands.PAUSE_LIVE));
        assertEquals(ModeText.liveTitle(), window().getShell().getText());
    }

    @Test
    void landmarkStepsLandWhereTheModelSays() throws Exception {
        ReplayModel model = Workbenches.open(trace).model();
        assertTrue(model.count(Landmark.RACE) > 0 && model.count(Landmark.ROLLBACK) > 0
                && model.count(Landmark.RETRY) > 0, "the scenario races, rolls back and retries");
        assertEquals(model.firstSeq(), sessions.seq());

        move(PoolscopeCommands.NEXT_RACE, model.next(Landmark.RACE, sessions.seq()));
        move(PoolscopeCommands.NEXT_ROLLBACK, model.next(Landmark.ROLLBACK, sessions.seq()));
        move(PoolscopeCommands.NEXT_RETRY, model.next(Landmark.RETRY, sessions.seq()));
        move(PoolscopeCommands.PREVIOUS_ROLLBACK, model.previous(Landmark.ROLLBACK, sessions.seq()));
        move(PoolscopeCommands.PREVIOUS_RACE, model.previous(Landmark.RACE, sessions.seq()));
        move(PoolscopeCommands.NEXT_RETRY, model.next(Landmark.RETRY, sessions.seq()));
        move(PoolscopeCommands.PREVIOUS_RETRY, model.previous(Landmark.RETRY, sessions.seq()));
        move(PoolscopeCommands.STEP_FORWARD, model.nextEvent(sessions.seq()));
        move(PoolscopeCommands.STEP_BACK, model.previousEvent(sessions.seq()));
    }

    @Test
    void runToEndAndBackToStartDisableTheStepsThatCannotMove() throws Exception {
        ReplayModel model = Workbenches.open(trace).model();
        assertFalse(isEnabled(PoolscopeCommands.STEP_BACK), "nothing before the first event");
        assertThrows(NotEnabledException.class, () -> run(PoolscopeCommands.BACK_TO_START));

        move(PoolscopeCommands.RUN_TO_END, OptionalLong.of(model.lastSeq()));
        assertFalse(isEnabled(PoolscopeCommands.STEP_FORWARD), "nothing after the last event");
        assertThrows(NotEnabledException.class, () -> run(PoolscopeCommands.STEP_FORWARD));
        assertEquals(model.next(Landmark.RACE, model.lastSeq()).isPresent(), isEnabled(PoolscopeCommands.NEXT_RACE));
        assertTrue(isEnabled(PoolscopeCommands.STEP_BACK));

        move(PoolscopeCommands.BACK_TO_START, OptionalLong.of(model.firstSeq()));
    }

    @Test
    void threadStepsFollowOneThread() throws Exception {
        ReplayModel model = Workbenches.open(trace).model();
        long start = sessions.seq();
        int firstThread = model.eventAt(start).orElseThrow().thread();
        int other = (firstThread + 1) % model.header().threads();

        Workbenches.run(PoolscopeCommands.STEP_THREAD_FORWARD, PoolscopeCommands.THREAD, Integer.toString(other));
        assertEquals(model.nextEventOf(other, start).getAsLong(), sessions.seq());
        assertEquals(other, model.eventAt(sessions.seq()).orElseThrow().thread());

        move(PoolscopeCommands.STEP_CURRENT_THREAD_FORWARD, model.nextEventOf(other, sessions.seq()));
        move(PoolscopeCommands.STEP_CURRENT_THREAD_BACK, model.previousEventOf(other, sessions.seq()));

        long at = sessions.seq();
        Workbenches.run(PoolscopeCommands.STEP_THREAD_BACK, PoolscopeCommands.THREAD, Integer.toString(firstThread));
        assertEquals(model.previousEventOf(firstThread, at).getAsLong(), sessions.seq());

        assertThrows(ExecutionException.class, () -> Workbenches.run(PoolscopeCommands.STEP_THREAD_FORWARD,
                PoolscopeCommands.THREAD, Integer.toString(model.header().threads())));
    }

    @Test
    void titleAndStatusLineSayTheModeAndTheEvent() throws Exception {
        TraceSession session = Workbenches.open(trace);
        run(PoolscopeCommands.NEXT_ROLLBACK);
        long last = session.model().lastSeq();
        UiEvents.drain();
        assertEquals(ModeText.traceTitle(session.name(), sessions.seq(), last), window().getShell().getText());
        assertTrue(Workbenches.statusTexts().contains(ModeText.traceStatus(sessions.seq(), last)),
                () -> "status line: " + Workbenches.statusTexts());

        run(PoolscopeCommands.CLOSE_TRACE);
        UiEvents.drain();
        assertTrue(sessions.current().isEmpty());
        assertFalse(isEnabled(PoolscopeCommands.CLOSE_TRACE));
        assertEquals(ModeText.liveTitle(), window().getShell().getText());
        assertTrue(Workbenches.statusTexts().contains(ModeText.liveStatus(false)),
                () -> "status line: " + Workbenches.statusTexts());
    }

    @Test
    void pauseIsForLiveModeOnly() throws Exception {
        Workbenches.open(trace);
        assertFalse(isEnabled(PoolscopeCommands.PAUSE_LIVE));
        assertThrows(NotEnabledException.class, () -> run(PoolscopeCommands.PAUSE_LIVE));
    }

    @Test
    void aDamagedTraceIsNamedInADialogAndTheOpenTraceStays() throws Exception {
        TraceSession session = Workbenches.open(trace);
        run(PoolscopeCommands.NEXT_RACE);
        long seq = sessions.seq();

        Path cut = dir.resolve("cut.pstrace");
        Files.write(cut, Arrays.copyOf(Files.readAllBytes(trace), 20));
        Path garbage = dir.resolve("garbage.pstrace");
        byte[] noise = new byte[4096];
        new SplittableRandom(7).nextBytes(noise);
        Files.write(garbage, noise);

        for (Path damaged : List.of(cut, garbage)) {
            DialogCatcher dialogs = DialogCatcher.watch(Display.getCurrent(), OpenTraceJob.ERROR_TITLE);
            try {
                OpenTraceJob job = TraceOpener.open(damaged, window().getShell().getDisplay());
                UiEvents.until(() -> !dialogs.messages().isEmpty(), "the error dialog for " + damaged);
                UiEvents.until(() -> job.getResult() != null, "the job to end");
            } finally {
                dialogs.stop();
            }
            String message = dialogs.messages().get(0);
            assertTrue(message.contains(damaged.toString()), message);
            assertTrue(message.contains("at byte " + offsetOfDamage(damaged)), message);
            assertTrue(PlatformUI.isWorkbenchRunning());
            assertSame(session, sessions.current().orElseThrow(), "the trace open before stays open");
            assertEquals(seq, sessions.seq());
        }
    }

    @Test
    void openedTracesAreRecentAndAMissingOneIsSaidAndDropped() throws Exception {
        Workbenches.open(trace);
        assertEquals(trace.toAbsolutePath().normalize(), RecentTraces.workbench().list().get(0));

        Path missing = dir.resolve("moved-away.pstrace");
        RecentTraces.workbench().remember(missing);
        DialogCatcher dialogs = DialogCatcher.watch(Display.getCurrent(), OpenTraceJob.ERROR_TITLE);
        try {
            Workbenches.run(PoolscopeCommands.OPEN_TRACE, PoolscopeCommands.FILE, missing.toString());
            UiEvents.until(() -> !dialogs.messages().isEmpty(), "the no-such-file dialog");
        } finally {
            dialogs.stop();
        }
        assertTrue(dialogs.messages().get(0).contains(missing.toString()), dialogs.messages().get(0));
        assertFalse(RecentTraces.workbench().list().contains(missing.toAbsolutePath().normalize()));
        assertEquals(trace.toAbsolutePath().normalize(), RecentTraces.workbench().list().get(0));
    }

    /** Runs {@code command} and checks it went to {@code expected}; where there is nowhere to go, it must be disabled. */
    private void move(String command, OptionalLong expected) throws Exception {
        if (expected.isPresent()) {
            run(command);
            assertEquals(expected.getAsLong(), sessions.seq(), command);
        } else {
            assertThrows(NotEnabledException.class, () -> run(command), command);
        }
    }

    private static long offsetOfDamage(Path damaged) {
        return assertThrows(TraceFormatException.class, () -> TraceFile.open(damaged).close()).offset();
    }

    /** The Trace menu's item texts (label, tab, key), as the menu shows them once opened. */
    static List<String> traceMenuItems() {
        Menu bar = window().getShell().getMenuBar();
        for (MenuItem item : bar.getItems()) {
            if (item.getText().replace("&", "").equals("Trace")) {
                Menu menu = item.getMenu();
                menu.notifyListeners(SWT.Show, new Event());
                UiEvents.drain();
                List<String> texts = Arrays.stream(menu.getItems()).map(MenuItem::getText).toList();
                menu.notifyListeners(SWT.Hide, new Event());
                return texts;
            }
        }
        throw new AssertionError("no Trace menu in " + Arrays.toString(bar.getItems()));
    }
}
