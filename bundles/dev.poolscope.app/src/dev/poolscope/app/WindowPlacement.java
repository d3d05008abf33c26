package dev.poolscope.app;

import org.eclipse.swt.graphics.Rectangle;

/**
 * Where the main window goes on its monitor: where it already is when it lies inside the monitor's
 * client area (the screen less panels and docks), centred there when only its size fits, and
 * maximized over the whole client area when it is larger, so that a laptop screen shows the
 * status line and every view's edge.
 *
 * @param bounds    the window's bounds, in display coordinates
 * @param maximized whether the window is maximized (its bounds then are the client area)
 */
record WindowPlacement(Rectangle bounds, boolean maximized) {

    /** The size the workbench opens at when the monitor has room for it. */
    static final int PREFERRED_WIDTH = 1600;
    static final int PREFERRED_HEIGHT = 960;

    /** The placement of a window now at {@code window} on a monitor whose client area is {@code clientArea}. */
    static WindowPlacement on(Rectangle clientArea, Rectangle window) {
        if (window.width > clientArea.width || window.height > clientArea.height) {
            return new WindowPlacement(copy(clientArea), true);
        }
        if (clientArea.contains(window.x, window.y)
                && clientArea.contains(window.x + window.width - 1, window.y + window.height - 1)) {
            return new WindowPlacement(copy(window), false);
        }
        int x = clientArea.x + (clientArea.width - window.width) / 2;
        int y = clientArea.y + (clientArea.height - window.height) / 2;
        return new WindowPlacement(new Rectangle(x, y, window.width, window.height), false);
    }

    private static Rectangle copy(Rectangle r) {
        return new Rectangle(r.x, r.y, r.width, r.height);
    }
}
