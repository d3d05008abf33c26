package dev.poolscope.ui.heatgrid;

import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;

/**
 * Paints a {@link ChunkGrid} into SWT image data: 64 square cells to a row with a one-pixel gap,
 * the gap between rows drawn as the faint rule between words.
 */
final class GridImage {

    /** Pixels from one cell to the next: the cell's square plus a one-pixel gap. */
    static final int PITCH = 6;

    private GridImage() {
    }

    static int width() {
        return ChunkGrid.COLUMNS * PITCH;
    }

    static int height(ChunkGrid grid) {
        return grid.rows() * PITCH;
    }

    static ImageData paint(ChunkGrid grid) {
        int width = width();
        ImageData image = new ImageData(width, Math.max(1, height(grid)), 24, new PaletteData(0xff0000, 0xff00, 0xff));
        byte[] line = new byte[image.bytesPerLine];
        for (int row = 0; row < grid.rows(); row++) {
            fill(line, 0, width, Palette.BACKGROUND);
            for (int column = 0; column < ChunkGrid.COLUMNS; column++) {
                int cell = row * ChunkGrid.COLUMNS + column;
                if (cell < grid.cellCount()) {
                    int rgb = Palette.cell(grid.allocated(cell), grid.bitsIn(cell), grid.heat(cell));
                    fill(line, column * PITCH, column * PITCH + PITCH - 1, rgb);
                }
            }
            int top = row * PITCH;
            for (int y = top; y < top + PITCH - 1; y++) {
                System.arraycopy(line, 0, image.data, y * image.bytesPerLine, line.length);
            }
            fill(line, 0, width, Palette.WORD_RULE);
            System.arraycopy(line, 0, image.data, (top + PITCH - 1) * image.bytesPerLine, line.length);
        }
        return image;
    }

    /** Sets pixels {@code [from, to)} of a 24-bit line (red, green, blue bytes) to {@code rgb}. */
    private static void fill(byte[] line, int from, int to, int rgb) {
        for (int x = from; x < to; x++) {
            line[3 * x] = (byte) (rgb >> 16);
            line[3 * x + 1] = (byte) (rgb >> 8);
            line[3 * x + 2] = (byte) rgb;
        }
    }
}
