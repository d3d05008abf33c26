package dev.poolscope.ui.heatgrid;

/** Byte counts for people: 4 MiB when exact, 65,560 B when not. */
final class Sizes {

    private static final String[] UNITS = {"B", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB"};

    private Sizes() {
    }

    static String bytes(long bytes) {
        double value = bytes;
        int unit = 0;
        while (value >= 1024 && unit < UNITS.length - 1) {
            value /= 1024;
            unit++;
        }
        return value == Math.rint(value) ? String.format("%.0f %s", value, UNITS[unit])
                : String.format("%,d B", bytes);
    }
}
