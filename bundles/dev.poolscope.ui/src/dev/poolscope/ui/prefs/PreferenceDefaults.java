package dev.poolscope.ui.prefs;

import org.eclipse.core.runtime.preferences.AbstractPreferenceInitializer;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.preference.PreferenceConverter;

/**
 * The defaults of {@link PoolscopePreferences}: 30 frames a second, the model's own checkpoint
 * interval, the heat grid's built-in palette ({@link GridColours#DEFAULT}) and the hand-picked
 * thread hues of {@link DefaultThreadHues}.
 * Run by the platform (extension point org.eclipse.core.runtime.preferences) before the first read.
 */
public final class PreferenceDefaults extends AbstractPreferenceInitializer {

    @Override
    public void initializeDefaultPreferences() {
        GridColours grid = GridColours.DEFAULT;
        IPreferenceStore store = PoolscopePreferences.store();
        store.setDefault(PoolscopePreferences.REPAINT_FPS, PoolscopePreferences.DEFAULT_FPS);
        store.setDefault(PoolscopePreferences.CHECKPOINT_INTERVAL, 0);
        store.setDefault(PoolscopePreferences.GRID_EXTENT_SHADING, false);
        PreferenceConverter.setDefault(store, PoolscopePreferences.GRID_FREE, PoolscopePreferences.rgb(grid.free()));
        PreferenceConverter.setDefault(store, PoolscopePreferences.GRID_ALLOCATED_SPARSE,
                PoolscopePreferences.rgb(grid.allocatedSparse()));
        PreferenceConverter.setDefault(store, PoolscopePreferences.GRID_ALLOCATED_FULL,
                PoolscopePreferences.rgb(grid.allocatedFull()));
        PreferenceConverter.setDefault(store, PoolscopePreferences.GRID_HEAT, PoolscopePreferences.rgb(grid.heat()));
        for (int thread = 0; thread < PoolscopePreferences.THREAD_HUES; thread++) {
            PreferenceConverter.setDefault(store, PoolscopePreferences.threadHueKey(thread),
                    PoolscopePreferences.rgb(DefaultThreadHues.of(thread)));
        }
    }
}
