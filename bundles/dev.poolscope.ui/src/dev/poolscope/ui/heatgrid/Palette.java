package dev.poolscope.ui.heatgrid;

import dev.poolscope.ui.prefs.GridColours;
import dev.poolscope.ui.prefs.PoolscopePreferences;

import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;

/**
 * The heat grid's colours as 0xRRGGBB: free is dark and quiet, allocated is blue growing brighter
 * with the share of the cell's bits allocated, and recent change glows orange on top. In trace mode
 * allocated bits take the hue of the thread that set them, and the marks of the current event are
 * the warm colours no thread hue uses.
 */
public final class Palette {

    public static final int BACKGROUND = 0x14161b;
    /** The faint rule drawn between words (rows at one bit per cell). */
    public static final int WORD_RULE = 0x1b1e24;
    public static final int TEXT = 0xd8dce4;
    public static final int TEXT_DIM = 0x8a92a0;
    /** Trace mode: the inner mark of a bit the current event changed, brighter than any fill. */
    public static final int CHANGED = 0xfff27a;
    /** Trace mode: the outline of a bit a rollback is clearing or about to clear. */
    public static final int ROLLBACK = 0xff3b3b;
    /** Trace mode: the frame of the contested word. */
    public static final int CONTESTED = 0xffffff;
    /** Trace mode: a set bit whose allocation the trace does not show. */
    public static final int UNKNOWN_OWNER = 0x9aa0aa;

    /**
     * The extent overlay's sequential ramp, one colour per length class: magenta, brightest for the
     * shortest free extents and dimming towards the background for the longest, so the holes that
     * break requests stand out and long runs stay quiet; no thread hue, heat or mark colour is near
     * it. The last colour takes every longer class too.
     */
    private static final int[] EXTENT_RAMP = {0xff4fd8, 0xe544c4, 0xc63aad, 0xa53194, 0x85297b, 0x682264, 0x4f1c50,
        0x3a173f};

    /** The user's free, allocated and heat colours; replaced whole when a preference changes, read per frame. */
    private static volatile GridColours colours = PoolscopePreferences.gridColours();

    static {
        PoolscopePreferences.addListener(change -> colours = PoolscopePreferences.gridColours());
    }

    private Palette() {
    }

    /** The free, allocated and heat colours the user chose (Window &gt; Preferences &gt; Poolscope). */
    public static GridColours colours() {
        return colours;
    }

    /** The colour of a cell with {@code allocated} of its {@code bits} bits allocated and the given heat. */
    public static int cell(int allocated, int bits, float heat) {
        GridColours chosen = colours;
        int base = allocated == 0 ? chosen.free()
                : blend(chosen.allocatedSparse(), chosen.allocatedFull(),
                        bits <= 1 ? 1f : (allocated - 1) / (float) (bits - 1));
        return blend(base, chosen.heat(), heat * 0.85f);
    }

    /**
     * Trace mode: the colour of a cell with {@code set} of its {@code bits} bits set, most of them by
     * the thread of hue {@code hue}: the hue itself when all are set, darker when fewer.
     */
    public static int owned(int hue, long set, int bits) {
        return blend(hatchGround(hue), hue, bits <= 1 ? 1f : (set - 1) / (float) (bits - 1));
    }

    /** Trace mode: the ground between the stripes of a half-done bit, the thread's hue toned down. */
    public static int hatchGround(int hue) {
        return blend(hue, BACKGROUND, 0.6f);
    }

    /** How many colours the extent ramp has: class {@code extentClasses() - 1} stands for it and every longer class. */
    public static int extentClasses() {
        return EXTENT_RAMP.length;
    }

    /** The overlay's colour of a free extent of power-of-two length class {@code lengthClass} (0: length 1). */
    public static int extent(int lengthClass) {
        return EXTENT_RAMP[Math.min(lengthClass, EXTENT_RAMP.length - 1)];
    }

    /** The colour {@code share} of the way from {@code from} to {@code to}. */
    public static int blend(int from, int to, float share) {
        float s = Math.max(0f, Math.min(1f, share));
        int r = Math.round(((from >> 16) & 0xff) * (1 - s) + ((to >> 16) & 0xff) * s);
        int g = Math.round(((from >> 8) & 0xff) * (1 - s) + ((to >> 8) & 0xff) * s);
        int b = Math.round((from & 0xff) * (1 - s) + (to & 0xff) * s);
        return (r << 16) | (g << 8) | b;
    }

    /** A colour for 0xRRGGBB; SWT colours hold no OS resource (since SWT 3.114) and need no disposal. */
    public static Color colour(int rgb) {
        return new Color(new RGB((rgb >> 16) & 0xff, (rgb >> 8) & 0xff, rgb & 0xff));
    }
}
