package dev.poolscope.ui.prefs;

/**
 * The hand-picked hues of the first {@value PoolscopePreferences#THREAD_HUES} threads, as 0xRRGGBB:
 * the defaults of their preferences. They are told apart on a dark background and stay clear of
 * the warm colours the marks use (red, orange, yellow, magenta).
 */
public final class DefaultThreadHues {

    private static final int[] HUES = {
        0x5cc8ff, // sky blue, the heat grid's allocated colour
        0x7ee081, // green
        0xb794f6, // violet
        0x4dd0c4, // teal
        0x82aaff, // periwinkle
        0xa8d86e, // lime
        0x6fa8dc, // steel blue
        0xd0a0f0, // lilac
    };

    private DefaultThreadHues() {
    }

    /** The default hue of thread {@code thread}, 0..{@value PoolscopePreferences#THREAD_HUES}-1. */
    public static int of(int thread) {
        return HUES[thread];
    }
}
