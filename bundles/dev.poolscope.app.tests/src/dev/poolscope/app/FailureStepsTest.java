package dev.poolscope.app;

import static dev.poolscope.app.Workbenches.isEnabled;
import static dev.poolscope.app.Workbenches.run;
import static dev.poolscope.app.Workbenches.window;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.poolscope.model.Landmark;
import dev.poolscope.model.ReplayModel;
import dev.poolscope.testkit.Recorded;
import dev.poolscope.testkit.swt.UiEvents;
import dev.poolscope.trace.scenario.Scenarios;
import dev.poolscope.ui.commands.PoolscopeCommands;
import dev.poolscope.ui.session.Sessions;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.commands.NotEnabledException;
import org.eclipse.jface.bindings.keys.KeySequence;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.keys.IBindingService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Next and Previous Failure step between failed allocations, and turn grey where there is none. */
@ExtendWith(InWorkbench.class)
class FailureStepsTest {

    @TempDir
    static Path dir;
    private static Path overfilled;
    private static Path scenario;

    private final Sessions sessions = Sessions.workbench();

    @BeforeAll
    static void record() throws Exception {
        overfilled = dir.resolve("overfilled.pstrace");
        Recorded.toFile(Recorded.overfilledPool(), overfilled);
        scenario = dir.resolve("rollback.pstrace");
        Recorded.toFile(Scenarios.byName("cross-word-rollback"), scenario);
    }

    @BeforeEach
    @AfterEach
    void liveMode() {
        sessions.close();
        UiEvents.drain();
    }

    @Test
    void nextAndPreviousFailureVisitEveryFailedAllocation() throws Exception {
        ReplayModel model = Workbenches.open(overfilled).model();
        int failures = model.count(Landmark.FAILURE);
        assertTrue(failures >= 2, "the overfilled pool fails allocations: " + failures);
        for (int i = 0; i < failures; i++) {
            long expected = model.next(Landmark.FAILURE, sessions.seq()).getAsLong();
            run(PoolscopeCommands.NEXT_FAILURE);
            assertEquals(expected, sessions.seq(), "failure " + i);
            assertEquals(0, model.eventAt(sessions.seq()).orElseThrow().p1(), "a failed allocation's address");
        }
        assertFalse(isEnabled(PoolscopeCommands.NEXT_FAILURE), "no failure after the last one");
        long last = sessions.seq();
        run(PoolscopeCommands.PREVIOUS_FAILURE);
        assertEquals(model.previous(Landmark.FAILURE, last).getAsLong(), sessions.seq());
    }

    @Test
    void aTraceWithoutFailuresDisablesThemAndTheKeysAreF11() throws Exception {
        ReplayModel model = Workbenches.open(scenario).model();
        assertEquals(0, model.count(Landmark.FAILURE));
        assertThrows(NotEnabledException.class, () -> run(PoolscopeCommands.NEXT_FAILURE));
        assertFalse(isEnabled(PoolscopeCommands.PREVIOUS_FAILURE));

        IBindingService bindings = PlatformUI.getWorkbench().getService(IBindingService.class);
        KeySequence f11 = KeySequence.getInstance("F11");
        window().getShell().forceActive(); // the window's key bindings are active while it is
        UiEvents.until(() -> Arrays.asList(bindings.getActiveBindingsFor(PoolscopeCommands.NEXT_FAILURE)).contains(f11),
                "Next Failure bound to F11");
        assertTrue(Arrays.asList(bindings.getActiveBindingsFor(PoolscopeCommands.PREVIOUS_FAILURE))
                .contains(KeySequence.getInstance("SHIFT+F11")));
        List<String> menu = TraceCommandsTest.traceMenuItems();
        assertTrue(menu.contains("Next Failure\tF11") && menu.contains("Previous Failure\tShift+F11"),
                () -> "Trace menu: " + menu);
    }
}
