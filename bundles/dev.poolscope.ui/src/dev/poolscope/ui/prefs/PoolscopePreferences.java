package dev.poolscope.ui.prefs;

import java.util.Arrays;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.preference.PreferenceConverter;
import org.eclipse.jface.util.IPropertyChangeListener;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.ui.preferences.ScopedPreferenceStore;

/**
 * The user's settings for the Poolscope views, typed: the live grid's colours and repaint rate,
 * the hues of the first threads, whether the grid shades free extents, and the replay model's checkpoint interval. They live in the
 * instance scope of this bundle (kept across runs); {@link PreferenceDefaults} gives their defaults
 * and the preference page edits them. Reads are safe from any thread.
 */
public final class PoolscopePreferences {

    /** The preference node: the bundle's symbolic name. */
    public static final String QUALIFIER = "dev.poolscope.ui";

    static final String REPAINT_FPS = "grid.repaintFps";
    /** The key of the replay model's checkpoint interval in {@link #store()}. */
    public static final String CHECKPOINT_INTERVAL = "model.checkpointInterval";
    static final String GRID_FREE = "grid.free";
    static final String GRID_ALLOCATED_SPARSE = "grid.allocatedSparse";
    static final String GRID_ALLOCATED_FULL = "grid.allocatedFull";
    static final String GRID_HEAT = "grid.heat";
    static final String GRID_EXTENT_SHADING = "grid.extentShading";
    private static final String THREAD_HUE = "thread.hue.";

    /** The live grid's frames per second: bounds and default. */
    public static final int MIN_FPS = 1;
    public static final int MAX_FPS = 60;
    static final int DEFAULT_FPS = 30;

    /** Events between checkpoints; 0 means the model's default for the trace's pool. */
    public static final int MAX_CHECKPOINT_INTERVAL = 10_000_000;

    /** How many threads have a hue of their own in the preferences; later ones are computed. */
    public static final int THREAD_HUES = 8;

    private static final IPreferenceStore STORE = new ScopedPreferenceStore(InstanceScope.INSTANCE, QUALIFIER);
    /** The first threads' hues, read once and again after each change: the timeline asks for them per lane and frame. */
    private static volatile int[] threadHues;

    static {
        STORE.addPropertyChangeListener(event -> threadHues = null);
    }

    private PoolscopePreferences() {
    }

    /** The store the preference page edits. */
    public static IPreferenceStore store() {
        return STORE;
    }

    /** Milliseconds between two repaints of the live grid (from its frames per second, 1..60). */
    public static int repaintMillis() {
        int fps = Math.max(MIN_FPS, Math.min(MAX_FPS, STORE.getInt(REPAINT_FPS)));
        return 1000 / fps;
    }

    /** Events between the replay model's checkpoints, or 0 for the model's default for the trace's pool. */
    public static int checkpointInterval() {
        return Math.max(0, Math.min(MAX_CHECKPOINT_INTERVAL, STORE.getInt(CHECKPOINT_INTERVAL)));
    }

    /** The live heat grid's colours. */
    public static GridColours gridColours() {
        return new GridColours(colour(GRID_FREE), colour(GRID_ALLOCATED_SPARSE), colour(GRID_ALLOCATED_FULL),
                colour(GRID_HEAT));
    }

    /** Whether the Heat Grid shades free cells by the length class of their free extent. */
    public static boolean extentShading() {
        return STORE.getBoolean(GRID_EXTENT_SHADING);
    }

    /** Turns the Heat Grid's extent shading on or off, kept across runs. */
    public static void setExtentShading(boolean on) {
        STORE.setValue(GRID_EXTENT_SHADING, on);
    }

    /** The hue of thread {@code thread}, 0..{@value #THREAD_HUES}-1, as 0xRRGGBB. */
    public static int threadHue(int thread) {
        int[] hues = threadHues;
        if (hues == null) {
            hues = new int[THREAD_HUES];
            Arrays.setAll(hues, t -> colour(threadHueKey(t)));
            threadHues = hues;
        }
        return hues[thread];
    }

    /** Tells {@code listener} of every change of a setting (on the thread that made it). */
    public static void addListener(IPropertyChangeListener listener) {
        STORE.addPropertyChangeListener(listener);
    }

    public static void removeListener(IPropertyChangeListener listener) {
        STORE.removePropertyChangeListener(listener);
    }

    static String threadHueKey(int thread) {
        return THREAD_HUE + thread;
    }

    static RGB rgb(int colour) {
        return new RGB((colour >> 16) & 0xff, (colour >> 8) & 0xff, colour & 0xff);
    }

    private static int colour(String key) {
        RGB rgb = PreferenceConverter.getColor(STORE, key);
        return (rgb.red << 16) | (rgb.green << 8) | rgb.blue;
    }
}
