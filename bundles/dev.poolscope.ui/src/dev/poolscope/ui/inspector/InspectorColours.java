package dev.poolscope.ui.inspector;

import dev.poolscope.ui.ThreadColours;
import dev.poolscope.ui.heatgrid.Palette;
import dev.poolscope.ui.prefs.GridColours;

import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;

/**
 * The inspector's colours as 0xRRGGBB, on the heat grid's dark ground: bits as the grid draws them,
 * one hue per thread (the hue the thread's bits and Timeline lane use), and a bright frame for changed bits.
 */
public final class InspectorColours {

    public static final int BACKGROUND = Palette.BACKGROUND;
    public static final int TEXT = Palette.TEXT;
    public static final int TEXT_DIM = Palette.TEXT_DIM;
    public static final int BIT_FREE = GridColours.DEFAULT.free();
    public static final int BIT_SET = GridColours.DEFAULT.allocatedFull();
    /** The frame around a bit the event changed: brighter than any fill, so it reads on set and free bits alike. */
    public static final int CHANGED = 0xfff27a;

    private InspectorColours() {
    }

    /** Thread {@code thread}'s hue: the one every view gives it ({@link ThreadColours}). */
    public static int thread(int thread) {
        return ThreadColours.of(thread);
    }

    /** {@code rgb} a {@code share} of the way towards the background: a thread's hue toned down to fill a line. */
    static int dimmed(int rgb, float share) {
        return Palette.blend(rgb, BACKGROUND, share);
    }

    /** An SWT colour; since SWT 4.18 a Color holds no system resource and needs no dispose. */
    static Color colour(int rgb) {
        return new Color(new RGB((rgb >> 16) & 0xff, (rgb >> 8) & 0xff, rgb & 0xff));
    }
}
