package dev.poolscope.app;

import static dev.poolscope.app.TraceToolbar.button;
import static dev.poolscope.app.Workbenches.run;
import static dev.poolscope.app.Workbenches.window;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.poolscope.testkit.Recorded;
import dev.poolscope.testkit.swt.UiEvents;
import dev.poolscope.trace.scenario.Scenarios;
import dev.poolscope.ui.commands.PoolscopeCommands;
import dev.poolscope.ui.session.Sessions;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.widgets.ToolItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Trace toolbar: icons whose tooltips name the command and its key, enabled as the trace
 * allows; words stay in the menus.
 */
@ExtendWith(InWorkbench.class)
class ToolbarTest {

    /** The toolbar's commands, in its order. */
    private static final List<String> COMMANDS = List.of(PoolscopeCommands.BACK_TO_START, PoolscopeCommands.STEP_BACK,
            PoolscopeCommands.STEP_FORWARD, PoolscopeCommands.RUN_TO_END, PoolscopeCommands.PREVIOUS_RACE,
            PoolscopeCommands.NEXT_RACE, PoolscopeCommands.PREVIOUS_ROLLBACK, PoolscopeCommands.NEXT_ROLLBACK,
            PoolscopeCommands.PREVIOUS_RETRY, PoolscopeCommands.NEXT_RETRY, PoolscopeCommands.PREVIOUS_FAILURE,
            PoolscopeCommands.NEXT_FAILURE, PoolscopeCommands.PAUSE_LIVE);

    @TempDir
    static Path dir;
    private static Path trace;

    @BeforeAll
    static void record() throws Exception {
        trace = dir.resolve("rollback.pstrace");
        Recorded.toFile(Scenarios.byName("cross-word-rollback"), trace);
    }

    @BeforeEach
    @AfterEach
    void liveMode() {
        Sessions.workbench().close();
        UiEvents.drain();
    }

    @Test
    void everyButtonIsAnIconWhoseTooltipNamesItsCommandAndKey() throws Exception {
        window().getShell().forceActive(); // the window's key bindings are active while it is
        UiEvents.until(() -> TraceToolbar.tooltipOf(PoolscopeCommands.STEP_FORWARD).equals("Step Forward (F6)"),
                "Step Forward bound to F6");
        List<String> tooltips = new ArrayList<>();
        for (String command : COMMANDS) {
            ToolItem button = button(command);
            assertTrue(button.getImage() != null && !button.getImage().isDisposed(), command + " has an icon");
            assertEquals("", button.getText(), command + ": an icon, no words");
            tooltips.add(button.getToolTipText());
        }
        assertEquals(COMMANDS.size(), TraceToolbar.buttonsBeside(PoolscopeCommands.STEP_FORWARD).size(),
                () -> "the Trace toolbar holds these buttons only: " + tooltips);
        assertEquals("Step Forward (F6)", tooltips.get(2));
        assertEquals("Previous Rollback (Shift+F8)", tooltips.get(6));
        List<String> menu = TraceCommandsTest.traceMenuItems();
        assertTrue(menu.contains("Step Forward\tF6") && menu.contains("Next Rollback\tF8"),
                () -> "Trace menu: " + menu);
    }

    @Test
    void buttonsFollowTheTrace() throws Exception {
        UiEvents.until(() -> !button(PoolscopeCommands.STEP_FORWARD).isEnabled()
                && button(PoolscopeCommands.PAUSE_LIVE).isEnabled(), "live mode's toolbar: no steps, Pause Live");
        Workbenches.open(trace);
        UiEvents.until(() -> button(PoolscopeCommands.STEP_FORWARD).isEnabled()
                && !button(PoolscopeCommands.STEP_BACK).isEnabled()
                && !button(PoolscopeCommands.PAUSE_LIVE).isEnabled(),
                "the toolbar at the trace's first event");
        run(PoolscopeCommands.RUN_TO_END);
        UiEvents.until(() -> !button(PoolscopeCommands.STEP_FORWARD).isEnabled()
                && button(PoolscopeCommands.STEP_BACK).isEnabled(), "the toolbar at the trace's last event");
    }
}
