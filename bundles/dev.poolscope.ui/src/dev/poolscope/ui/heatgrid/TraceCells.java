package dev.poolscope.ui.heatgrid;

import dev.poolscope.model.explain.EventBitmap;
import dev.poolscope.ui.ThreadColours;

import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Rectangle;

/**
 * Paints the cells of the trace grid into image data: a cell's fill is the hue of the thread owning
 * most of its set bits (free cells dark), half-done bits are hatched in the setting thread's hue, a
 * rollback's bits are outlined in red, and bits the current event changed carry a bright inner mark,
 * their whole cell brightened by the flash that follows a step.
 */
final class TraceCells {

    /** At its brightest the flash goes this far from the cell's colour to the mark's. */
    private static final float FLASH_STRENGTH = 0.85f;

    private final EventBitmap bitmap;
    private final ImageData image;
    private final int originX;
    private final int originY;
    private final float flash;

    /**
     * Paints into {@code image}, whose pixel (0, 0) is content point ({@code originX}, {@code originY}),
     * with the changed cells brightened by {@code flash} (0..1).
     */
    TraceCells(EventBitmap bitmap, ImageData image, int originX, int originY, float flash) {
        this.bitmap = bitmap;
        this.image = image;
        this.originX = originX;
        this.originY = originY;
        this.flash = flash;
    }

    /** Paints the cells of {@code block} that lie in the image. */
    void paint(TraceLayout.Block block) {
        Rectangle cells = block.cells();
        int pitch = block.pitch();
        int firstRow = Math.max(0, (originY - cells.y) / pitch);
        int lastRow = Math.min(block.rows() - 1, (originY + image.height - cells.y) / pitch);
        for (int row = firstRow; row <= lastRow; row++) {
            for (int column = 0; column < ChunkGrid.COLUMNS; column++) {
                int cell = row * ChunkGrid.COLUMNS + column;
                if (cell < block.cellCount()) {
                    paintCell(block, cell);
                }
            }
        }
    }

    private void paintCell(TraceLayout.Block block, int cell) {
        int chunk = block.chunk();
        long first = block.firstBit(cell);
        int bits = block.bitsIn(cell);
        long set = bitmap.setBits(chunk, first, first + bits);
        int owner = set == 0 ? -1 : bitmap.mainOwner(chunk, first, bits);
        int fill = set == 0 ? Palette.colours().free()
                : Palette.owned(owner < 0 ? Palette.UNKNOWN_OWNER : ThreadColours.of(owner), set, bits);
        long halfDone = 0;
        long rollingBack = 0;
        long changed = 0;
        long halfDoneBit = -1;
        for (long bit = first; bit < first + bits; bit = (bit | 63) + 1) {
            int word = (int) (bit >>> 6);
            long mask = mask(bit, Math.min(first + bits, (bit | 63) + 1));
            long held = bitmap.halfDone(chunk, word) & mask;
            if (held != 0 && halfDoneBit < 0) {
                halfDoneBit = ((long) word << 6) + Long.numberOfTrailingZeros(held);
            }
            halfDone |= held;
            rollingBack |= bitmap.rollingBack(chunk, word) & mask;
            changed |= bitmap.changed(chunk, word) & mask;
        }
        Rectangle square = block.cell(cell);
        fill(square, fill);
        if (halfDone != 0) {
            int hue = bitmap.owner(chunk, halfDoneBit).map(o -> ThreadColours.of(o.thread())).orElse(Palette.UNKNOWN_OWNER);
            hatch(square, hue);
        }
        if (rollingBack != 0) {
            outline(square, square.width >= 11 ? 2 : 1, Palette.ROLLBACK);
        }
        if (changed != 0 && flash > 0) {
            fill(square, Palette.blend(fill, Palette.CHANGED, FLASH_STRENGTH * flash));
        }
        if (changed != 0) {
            int inset = Math.max(1, square.width / 4);
            fill(new Rectangle(square.x + inset, square.y + inset, square.width - 2 * inset, square.height - 2 * inset),
                    Palette.CHANGED);
        }
    }

    /** The bits of word {@code from >>> 6} in {@code [from, to)}, to at most the word's end. */
    private static long mask(long from, long to) {
        int width = (int) (to - from);
        return (width == Long.SIZE ? -1L : (1L << width) - 1) << from;
    }

    /** Diagonal stripes of {@code hue} every third pixel on its toned-down ground. */
    private void hatch(Rectangle square, int hue) {
        int ground = Palette.hatchGround(hue);
        for (int y = 0; y < square.height; y++) {
            for (int x = 0; x < square.width; x++) {
                set(square.x + x, square.y + y, (x + y) % 3 == 0 ? hue : ground);
            }
        }
    }

    private void outline(Rectangle square, int width, int rgb) {
        for (int y = 0; y < square.height; y++) {
            for (int x = 0; x < square.width; x++) {
                boolean edge = x < width || y < width || x >= square.width - width || y >= square.height - width;
                if (edge) {
                    set(square.x + x, square.y + y, rgb);
                }
            }
        }
    }

    private void fill(Rectangle area, int rgb) {
        for (int y = area.y; y < area.y + area.height; y++) {
            for (int x = area.x; x < area.x + area.width; x++) {
                set(x, y, rgb);
            }
        }
    }

    /** Sets content pixel (x, y) when it lies in the image. */
    private void set(int x, int y, int rgb) {
        int ix = x - originX;
        int iy = y - originY;
        if (ix >= 0 && iy >= 0 && ix < image.width && iy < image.height) {
            int offset = iy * image.bytesPerLine + 3 * ix;
            image.data[offset] = (byte) (rgb >> 16);
            image.data[offset + 1] = (byte) (rgb >> 8);
            image.data[offset + 2] = (byte) rgb;
        }
    }
}
