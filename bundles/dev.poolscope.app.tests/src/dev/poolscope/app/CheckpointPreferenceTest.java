package dev.poolscope.app;

import static dev.poolscope.app.Workbenches.window;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.poolscope.model.ReplayModel;
import dev.poolscope.testkit.Recorded;
import dev.poolscope.testkit.swt.UiEvents;
import dev.poolscope.trace.file.TraceFile;
import dev.poolscope.trace.scenario.Scenarios;
import dev.poolscope.ui.commands.PoolscopeCommands;
import dev.poolscope.ui.commands.RecentTraces;
import dev.poolscope.ui.prefs.PoolscopePreferences;
import dev.poolscope.ui.session.Sessions;
import dev.poolscope.ui.session.TraceSession;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The checkpoint interval set under Window &gt; Preferences reaches the replay model of a trace
 * however it opens: File &gt; Open Trace, a Recent Traces item, or a file named at launch.
 */
@ExtendWith(InWorkbench.class)
class CheckpointPreferenceTest {

    /** Far from the model's own default, so only the preference can have chosen it. */
    private static final int INTERVAL = 37;

    @TempDir
    static Path dir;
    private static Path trace;

    private final Sessions sessions = Sessions.workbench();

    @BeforeAll
    static void record() throws Exception {
        trace = dir.resolve("storm.pstrace");
        Recorded.toFile(Scenarios.byName("retry-storm"), trace);
        try (TraceFile file = TraceFile.open(trace)) {
            assertNotEquals(INTERVAL, ReplayModel.defaultCheckpointInterval(file.header()));
        }
    }

    @BeforeEach
    void setThePreference() {
        sessions.close();
        PoolscopePreferences.store().setValue(PoolscopePreferences.CHECKPOINT_INTERVAL, INTERVAL);
    }

    @AfterEach
    void restore() {
        sessions.close();
        PoolscopePreferences.store().setToDefault(PoolscopePreferences.CHECKPOINT_INTERVAL);
        UiEvents.drain();
    }

    @Test
    void openTraceHonoursIt() throws Exception {
        Workbenches.run(PoolscopeCommands.OPEN_TRACE, PoolscopeCommands.FILE, trace.toString());
        assertEquals(INTERVAL, opened().model().checkpointInterval());
    }

    @Test
    void aRecentTraceHonoursIt() {
        RecentTraces.workbench().remember(trace);
        String chosen = chooseFirstRecentTrace();
        assertEquals("&1 " + trace.getFileName() + "  " + trace.toAbsolutePath().normalize().getParent(), chosen);
        assertEquals(INTERVAL, opened().model().checkpointInterval());
    }

    @Test
    void aTraceNamedAtLaunchHonoursIt() {
        PoolscopeWorkbenchAdvisor advisor = new PoolscopeWorkbenchAdvisor(Optional.of(trace));
        advisor.postStartup();
        try {
            assertEquals(INTERVAL, opened().model().checkpointInterval());
        } finally {
            advisor.postShutdown();
        }
    }

    /** Waits until the workbench shows the trace: it showed none before the test. */
    private TraceSession opened() {
        Path expected = trace.toAbsolutePath().normalize();
        UiEvents.until(() -> sessions.current().filter(s -> s.file().toAbsolutePath().normalize().equals(expected))
                .isPresent(), "the workbench to show " + trace);
        return sessions.current().orElseThrow();
    }

    /** Chooses the first item of File &gt; Recent Traces as a user does, and returns its text. */
    private static String chooseFirstRecentTrace() {
        Menu file = submenu(window().getShell().getMenuBar(), "File");
        Menu recent = submenu(file, "Recent Traces");
        MenuItem first = recent.getItems()[0];
        String text = first.getText();
        first.notifyListeners(SWT.Selection, new Event());
        recent.notifyListeners(SWT.Hide, new Event());
        file.notifyListeners(SWT.Hide, new Event());
        return text;
    }

    /** The submenu {@code label} of {@code menu}, shown so that its dynamic items are filled in. */
    private static Menu submenu(Menu menu, String label) {
        Menu sub = Arrays.stream(menu.getItems()).filter(item -> item.getText().replace("&", "").equals(label))
                .findFirst().orElseThrow(() -> new AssertionError("no " + label + " menu")).getMenu();
        sub.notifyListeners(SWT.Show, new Event());
        UiEvents.drain();
        return sub;
    }
}
