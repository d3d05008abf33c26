package dev.poolscope.ui.timeline;

import dev.poolscope.model.timeline.Mark;
import dev.poolscope.ui.ThreadColours;
import dev.poolscope.ui.heatgrid.Palette;

/**
 * The Timeline's colours as 0xRRGGBB, on the Heat Grid's dark background. Bars take their
 * thread's hue ({@link ThreadColours}): bright for an alloc, dark for a free, so the thread stays
 * recognisable and the kind of operation readable. Marks are warm colours no thread hue uses, each
 * with its own shape, so they read on any bar and without colour vision.
 */
final class TimelinePalette {

    static final int BACKGROUND = Palette.BACKGROUND;
    /** Every other lane's background, to guide the eye along a lane. */
    static final int LANE_STRIPE = 0x191c22;
    static final int GRID_LINE = 0x2a2f39;
    static final int TEXT = Palette.TEXT;
    static final int TEXT_DIM = Palette.TEXT_DIM;
    /** A CAS that failed: red, a downward triangle. */
    static final int RACE = 0xff5252;
    /** A rollback: orange, a diamond. */
    static final int ROLLBACK = 0xff9f1c;
    /** A retry: yellow, a dot. */
    static final int RETRY = 0xffe45c;
    /** An allocation that returned no memory: magenta, a cross at its end and a magenta bar. */
    static final int FAILED_ALLOC = 0xff4fd8;
    static final int FAILED_BAR = 0x8c2a78;
    static final int CURSOR = 0xffffff;

    private TimelinePalette() {
    }

    /** The bar colour of an alloc of {@code thread}. */
    static int alloc(int thread) {
        return ThreadColours.of(thread);
    }

    /** The bar colour of a free of {@code thread}: its hue, darkened towards the background. */
    static int free(int thread) {
        return Palette.blend(ThreadColours.of(thread), BACKGROUND, 0.6f);
    }

    static int of(Mark mark) {
        return switch (mark) {
            case RACE -> RACE;
            case ROLLBACK -> ROLLBACK;
            case RETRY -> RETRY;
            case FAILED_ALLOC -> FAILED_ALLOC;
            case NONE -> BACKGROUND;
        };
    }
}
