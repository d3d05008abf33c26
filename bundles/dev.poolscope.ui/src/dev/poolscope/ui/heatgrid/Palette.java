package dev.poolscope.ui.heatgrid;

/**
 * The heat grid's colours as 0xRRGGBB: free is dark and quiet, allocated is blue growing brighter
 * with the share of the cell's bits allocated, and recent change glows orange on top.
 */
public final class Palette {

    public static final int BACKGROUND = 0x14161b;
    public static final int FREE = 0x262a33;
    /** An allocated cell with a single bit of many set. */
    public static final int ALLOCATED_SPARSE = 0x24527a;
    /** A cell whose bits are all allocated. */
    public static final int ALLOCATED_FULL = 0x5cc8ff;
    public static final int HEAT = 0xffa040;
    /** The faint rule drawn between words (rows at one bit per cell). */
    public static final int WORD_RULE = 0x1b1e24;
    public static final int TEXT = 0xd8dce4;
    public static final int TEXT_DIM = 0x8a92a0;

    private Palette() {
    }

    /** The colour of a cell with {@code allocated} of its {@code bits} bits allocated and the given heat. */
    public static int cell(int allocated, int bits, float heat) {
        int base = allocated == 0 ? FREE
                : blend(ALLOCATED_SPARSE, ALLOCATED_FULL, bits <= 1 ? 1f : (allocated - 1) / (float) (bits - 1));
        return blend(base, HEAT, heat * 0.85f);
    }

    /** The colour {@code share} of the way from {@code from} to {@code to}. */
    public static int blend(int from, int to, float share) {
        float s = Math.max(0f, Math.min(1f, share));
        int r = Math.round(((from >> 16) & 0xff) * (1 - s) + ((to >> 16) & 0xff) * s);
        int g = Math.round(((from >> 8) & 0xff) * (1 - s) + ((to >> 8) & 0xff) * s);
        int b = Math.round((from & 0xff) * (1 - s) + (to & 0xff) * s);
        return (r << 16) | (g << 8) | b;
    }
}
