package dev.poolscope.testkit.swt;

import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;

/**
 * What a control paints, read back for tests. The control prints itself into an image: that paints
 * it synchronously and off screen, so the pixels depend neither on which window is on top nor on
 * when the X server gets round to drawing (reading the screen did, under load).
 */
public final class ControlPixels {

    private ControlPixels() {
    }

    public static ImageData of(Control control) {
        Display display = control.getDisplay();
        while (display.readAndDispatch()) {
            // let pending layout and resize events through first
        }
        Point size = control.getSize();
        Image image = new Image(display, size.x, size.y);
        try {
            GC gc = new GC(image);
            try {
                control.print(gc);
            } finally {
                gc.dispose();
            }
            return image.getImageData();
        } finally {
            image.dispose();
        }
    }
}
