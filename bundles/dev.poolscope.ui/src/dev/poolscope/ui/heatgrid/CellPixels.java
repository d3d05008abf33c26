package dev.poolscope.ui.heatgrid;

import dev.poolscope.model.grid.Box;

import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;

/**
 * The view's pixels as the cells are painted into them: 24-bit image data whose pixel (0, 0) is
 * content point ({@code originX}, {@code originY}); whatever falls outside is dropped.
 */
final class CellPixels {

    private final ImageData image;
    private final int originX;
    private final int originY;

    /** {@code width} by {@code height} pixels of the background, from content point (originX, originY). */
    CellPixels(int width, int height, int originX, int originY) {
        this.image = new ImageData(width, height, 24, new PaletteData(0xff0000, 0xff00, 0xff));
        this.originX = originX;
        this.originY = originY;
        byte[] line = new byte[image.bytesPerLine];
        for (int x = 0; x < width; x++) {
            line[3 * x] = (byte) (Palette.BACKGROUND >> 16);
            line[3 * x + 1] = (byte) (Palette.BACKGROUND >> 8);
            line[3 * x + 2] = (byte) Palette.BACKGROUND;
        }
        for (int y = 0; y < height; y++) {
            System.arraycopy(line, 0, image.data, y * image.bytesPerLine, line.length);
        }
    }

    ImageData image() {
        return image;
    }

    void fill(Box area, int rgb) {
        for (int y = area.y(); y < area.y() + area.height(); y++) {
            for (int x = area.x(); x < area.x() + area.width(); x++) {
                set(x, y, rgb);
            }
        }
    }

    /** Diagonal stripes of {@code hue} every third pixel on its toned-down ground. */
    void hatch(Box square, int hue) {
        int ground = Palette.hatchGround(hue);
        for (int y = 0; y < square.height(); y++) {
            for (int x = 0; x < square.width(); x++) {
                set(square.x() + x, square.y() + y, (x + y) % 3 == 0 ? hue : ground);
            }
        }
    }

    /** A frame {@code width} pixels thick just inside {@code square}. */
    void outline(Box square, int width, int rgb) {
        for (int y = 0; y < square.height(); y++) {
            for (int x = 0; x < square.width(); x++) {
                boolean edge = x < width || y < width || x >= square.width() - width || y >= square.height() - width;
                if (edge) {
                    set(square.x() + x, square.y() + y, rgb);
                }
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
