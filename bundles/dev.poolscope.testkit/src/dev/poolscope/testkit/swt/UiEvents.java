package dev.poolscope.testkit.swt;

import static org.junit.jupiter.api.Assertions.fail;

import dev.poolscope.testkit.Deadlines;

import java.util.function.BooleanSupplier;

import org.eclipse.swt.widgets.Display;

/** Runs the UI thread's event loop from a test until something has happened, never longer than a deadline. */
public final class UiEvents {

    private UiEvents() {
    }

    /** Processes events until {@code done} holds; fails naming {@code what} if it never does. */
    public static void until(BooleanSupplier done, String what) {
        Display display = Display.getCurrent();
        long deadline = System.currentTimeMillis() + Deadlines.PATIENCE_MILLIS;
        while (!done.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                fail("gave up waiting for " + what);
            }
            if (!display.readAndDispatch()) {
                display.timerExec(20, () -> {
                    // wakes the sleep below: a condition may change on another thread
                });
                display.sleep();
            }
        }
    }

    /** Processes the events already queued. */
    public static void drain() {
        Display display = Display.getCurrent();
        while (display.readAndDispatch()) {
            // next
        }
    }
}
