package dev.poolscope.model.timeline;

/** Round tick steps for the event axis: 1, 2 or 5 times a power of ten, about {@link #SPACING} pixels apart. */
public final class AxisTicks {

    public static final int SPACING = 110;

    private AxisTicks() {
    }

    /** The step between ticks for a scale showing {@code eventsPerPixel}; at least one event. */
    public static long step(double eventsPerPixel) {
        double wanted = Math.max(1, eventsPerPixel * SPACING);
        long power = 1;
        while (power <= wanted / 10) {
            power *= 10;
        }
        for (long multiple : new long[] {1, 2, 5, 10}) {
            if (power * multiple >= wanted) {
                return power * multiple;
            }
        }
        return power * 10;
    }
}
