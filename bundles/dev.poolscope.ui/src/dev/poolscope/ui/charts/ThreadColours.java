package dev.poolscope.ui.charts;

import java.awt.Color;

/**
 * One colour per thread, the same in every chart: distinct hues that stay readable on the dark
 * background, repeating after {@value #COUNT} threads.
 */
public final class ThreadColours {

    private static final int[] RGB = {0x5cc8ff, 0xffa040, 0x7ddc6f, 0xe070e0, 0xffd84a, 0x46d6c0, 0xff6f7a, 0xa890ff};
    private static final int COUNT = 8;

    private ThreadColours() {
    }

    /** The colour of thread {@code thread} as 0xRRGGBB. */
    public static int rgb(int thread) {
        return RGB[Math.floorMod(thread, COUNT)];
    }

    static Color of(int thread) {
        return new Color(rgb(thread));
    }
}
