package dev.poolscope.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.eclipse.swt.graphics.Rectangle;
import org.junit.jupiter.api.Test;

/** Where the main window goes on a laptop screen, a desktop screen, and after a run on another monitor. */
class WindowPlacementTest {

    private static final Rectangle PREFERRED = new Rectangle(0, 0, WindowPlacement.PREFERRED_WIDTH,
            WindowPlacement.PREFERRED_HEIGHT);

    @Test
    void onALaptopScreenTheWindowIsMaximizedOverTheClientArea() {
        Rectangle laptop = new Rectangle(0, 27, 1366, 741); // a top panel takes 27 pixels
        assertEquals(new WindowPlacement(laptop, true), WindowPlacement.on(laptop, PREFERRED));
    }

    @Test
    void onADesktopScreenThePreferredSizeStaysAndIsBroughtOnScreen() {
        Rectangle desktop = new Rectangle(0, 0, 1920, 1080);
        assertEquals(new WindowPlacement(PREFERRED, false), WindowPlacement.on(desktop, PREFERRED));
        Rectangle placed = new Rectangle(100, 50, 1600, 960);
        assertEquals(new WindowPlacement(placed, false), WindowPlacement.on(desktop, placed),
                "a window already on the screen stays where it is");
        assertEquals(new WindowPlacement(new Rectangle(160, 60, 1600, 960), false),
                WindowPlacement.on(desktop, new Rectangle(900, 500, 1600, 960)), "half off the screen: centred");
    }

    @Test
    void aWindowLeftOnAnotherMonitorIsBroughtBack() {
        Rectangle second = new Rectangle(1920, 0, 1366, 768);
        assertEquals(new WindowPlacement(new Rectangle(2103, 84, 1000, 600), false),
                WindowPlacement.on(second, new Rectangle(10, 10, 1000, 600)));
        assertEquals(new WindowPlacement(second, true), WindowPlacement.on(second, new Rectangle(10, 10, 1920, 1080)));
    }
}
