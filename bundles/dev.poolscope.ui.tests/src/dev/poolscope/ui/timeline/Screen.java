package dev.poolscope.ui.timeline;

import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;

/** Reads what a control shows from the display, after letting it paint. */
final class Screen {

    private Screen() {
    }

    static ImageData paint(Display display, Control control) {
        control.redraw();
        control.update();
        while (display.readAndDispatch()) {
            // drain pending paints
        }
        Rectangle area = control.getBounds();
        Image copy = new Image(display, area.width, area.height);
        try {
            GC gc = new GC(control);
            try {
                gc.copyArea(copy, 0, 0);
                return copy.getImageData();
            } finally {
                gc.dispose();
            }
        } finally {
            copy.dispose();
        }
    }
}
