package dev.poolscope.ui.prefs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.poolscope.testkit.Deadlines;
import dev.poolscope.testkit.swt.UiEvents;
import dev.poolscope.trace.run.RunPlan;
import dev.poolscope.trace.scenario.Scenario;
import dev.poolscope.trace.scenario.Scenarios;
import dev.poolscope.ui.ThreadColours;
import dev.poolscope.ui.heatgrid.Palette;
import dev.poolscope.ui.record.RecordRunJob;
import dev.poolscope.ui.session.Sessions;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.preference.PreferenceConverter;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Display;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Poolscope preferences: their defaults, and a change reaching the thread hues, the grid's pace and the replay model. */
class PreferencesTest {

    private final IPreferenceStore store = PoolscopePreferences.store();

    @AfterEach
    void restoreDefaults() {
        store.setToDefault(PoolscopePreferences.threadHueKey(2));
        store.setToDefault(PoolscopePreferences.REPAINT_FPS);
        store.setToDefault(PoolscopePreferences.CHECKPOINT_INTERVAL);
        store.setToDefault(PoolscopePreferences.GRID_HEAT);
        store.setToDefault(PoolscopePreferences.GRID_FREE);
    }

    @Test
    void theDefaultsAreTheBuiltInColoursAndPace() {
        for (int thread = 0; thread < PoolscopePreferences.THREAD_HUES; thread++) {
            assertEquals(DefaultThreadHues.of(thread), ThreadColours.of(thread));
        }
        assertEquals(0x5cc8ff, ThreadColours.of(0), "thread 0 keeps the grid's allocated blue");
        assertEquals(new GridColours(0x262a33, 0x24527a, 0x5cc8ff, 0xffa040), PoolscopePreferences.gridColours());
        assertEquals(GridColours.DEFAULT, Palette.colours());
        assertEquals(1000 / 30, PoolscopePreferences.repaintMillis());
        assertEquals(0, PoolscopePreferences.checkpointInterval());
    }

    @Test
    void aChangedThreadHueChangesThreadColoursAndTheDefaultRestoresIt() {
        List<String> changed = new ArrayList<>();
        PoolscopePreferences.addListener(event -> changed.add(event.getProperty()));
        PreferenceConverter.setValue(store, PoolscopePreferences.threadHueKey(2), new RGB(0x12, 0x34, 0x56));
        assertEquals(0x123456, ThreadColours.of(2));
        assertEquals(DefaultThreadHues.of(1), ThreadColours.of(1), "the other threads keep theirs");
        assertTrue(changed.contains(PoolscopePreferences.threadHueKey(2)), changed.toString());

        store.setToDefault(PoolscopePreferences.threadHueKey(2));
        assertEquals(DefaultThreadHues.of(2), ThreadColours.of(2));
    }

    @Test
    void theGridColoursAndRepaintRateFollowTheStoreWithinBounds() {
        PreferenceConverter.setValue(store, PoolscopePreferences.GRID_HEAT, new RGB(255, 0, 0));
        assertEquals(0xff0000, PoolscopePreferences.gridColours().heat());
        assertEquals(0xff0000, Palette.cell(0, 1, 1f / 0.85f), "the grid paints full heat in the chosen colour");
        PreferenceConverter.setValue(store, PoolscopePreferences.GRID_FREE, new RGB(0, 0x40, 0));
        assertEquals(0x004000, Palette.cell(0, 64, 0f), "and free cells in the chosen free colour");
        store.setValue(PoolscopePreferences.REPAINT_FPS, 10);
        assertEquals(100, PoolscopePreferences.repaintMillis());
        store.setValue(PoolscopePreferences.REPAINT_FPS, 1000);
        assertEquals(1000 / PoolscopePreferences.MAX_FPS, PoolscopePreferences.repaintMillis());
        store.setValue(PoolscopePreferences.REPAINT_FPS, 0);
        assertEquals(1000 / PoolscopePreferences.MIN_FPS, PoolscopePreferences.repaintMillis());
    }

    @Test
    void theCheckpointIntervalReachesTheModelOfARecordedRun(@TempDir Path dir) throws Exception {
        store.setValue(PoolscopePreferences.CHECKPOINT_INTERVAL, 7);
        Scenario scenario = Scenarios.byName("retry-storm");
        Sessions sessions = new Sessions();
        RecordRunJob job = new RecordRunJob(new RunPlan.OfScenario(scenario, scenario.pool().variant()),
                dir.resolve("storm.pstrace"), PoolscopePreferences.checkpointInterval(), sessions, Display.getDefault());
        job.schedule();
        assertTrue(job.join(Deadlines.PATIENCE_MILLIS, null), "the open job ends");
        UiEvents.until(() -> sessions.current().isPresent(), "the trace to open");
        try {
            assertEquals(7, sessions.current().get().model().checkpointInterval());
        } finally {
            sessions.close();
        }
    }
}
