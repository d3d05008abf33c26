package dev.poolscope.ui;

import dev.poolscope.ui.prefs.DefaultThreadHues;
import dev.poolscope.ui.prefs.PoolscopePreferences;

/**
 * One hue per logical thread, as 0xRRGGBB, the same wherever a thread is drawn: its Timeline lane
 * and, in trace mode, the Heat Grid bits it set. The first eight are the user's, under Window &gt;
 * Preferences ({@link PoolscopePreferences}; picked by hand in {@link DefaultThreadHues} until
 * changed); further threads step round the colour wheel by the golden angle, so neighbouring
 * thread numbers never get neighbouring hues.
 */
public final class ThreadColours {

    private static final double GOLDEN_ANGLE = 137.508;

    private ThreadColours() {
    }

    /** The hue of {@code thread} (from 0). */
    public static int of(int thread) {
        if (thread < PoolscopePreferences.THREAD_HUES) {
            return PoolscopePreferences.threadHue(thread);
        }
        double hue = (200 + (thread - PoolscopePreferences.THREAD_HUES) * GOLDEN_ANGLE) % 360;
        return hsv(hue, 0.5, 0.9);
    }

    private static int hsv(double hue, double saturation, double value) {
        double c = value * saturation;
        double x = c * (1 - Math.abs((hue / 60) % 2 - 1));
        double m = value - c;
        double[] rgb = switch ((int) (hue / 60)) {
            case 0 -> new double[] {c, x, 0};
            case 1 -> new double[] {x, c, 0};
            case 2 -> new double[] {0, c, x};
            case 3 -> new double[] {0, x, c};
            case 4 -> new double[] {x, 0, c};
            default -> new double[] {c, 0, x};
        };
        int r = (int) Math.round((rgb[0] + m) * 255);
        int g = (int) Math.round((rgb[1] + m) * 255);
        int b = (int) Math.round((rgb[2] + m) * 255);
        return (r << 16) | (g << 8) | b;
    }
}
