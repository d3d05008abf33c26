package dev.poolscope.ui.timeline;

import dev.poolscope.model.timeline.TimeScale;

/**
 * Where things go in the widget: the time axis along the top, a gutter of lane labels at the left,
 * one lane per thread below the axis (as tall as the height allows, within limits), the legend at
 * the bottom. The lane area is what the {@link TimeScale} maps: its x 0 is {@link #GUTTER}.
 */
record LaneLayout(int width, int height, int threads, int laneHeight) {

    static final int GUTTER = 56;
    static final int RIGHT_MARGIN = 12;
    static final int AXIS = 28;
    static final int LEGEND = 30;
    static final int MIN_LANE = 16;
    static final int MAX_LANE = 40;

    static LaneLayout of(int width, int height, int threads) {
        int free = height - AXIS - LEGEND;
        int lane = Math.max(MIN_LANE, Math.min(MAX_LANE, free / Math.max(1, threads)));
        return new LaneLayout(width, height, threads, lane);
    }

    /** Pixels of the lane area, at least one. */
    int laneAreaWidth() {
        return Math.max(1, width - GUTTER - RIGHT_MARGIN);
    }

    int laneTop(int thread) {
        return AXIS + thread * laneHeight;
    }

    int lanesBottom() {
        return laneTop(threads);
    }

    /** The bar of a lane leaves a gap above and below, so that lanes stay apart. */
    int barTop(int thread) {
        return laneTop(thread) + barInset();
    }

    int barHeight() {
        return laneHeight - 2 * barInset();
    }

    private int barInset() {
        return Math.max(2, laneHeight / 5);
    }

    int laneMiddle(int thread) {
        return laneTop(thread) + laneHeight / 2;
    }

    boolean inLaneArea(int x, int y) {
        return x >= GUTTER && x < GUTTER + laneAreaWidth() && y >= AXIS && y < lanesBottom();
    }

    int legendTop() {
        return height - LEGEND;
    }
}
