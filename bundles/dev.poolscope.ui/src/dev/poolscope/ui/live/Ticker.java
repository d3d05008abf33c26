package dev.poolscope.ui.live;

import java.util.function.IntSupplier;

import org.eclipse.swt.widgets.Control;

/** Runs an action on the UI thread at a fixed period for as long as a control lives. */
public final class Ticker {

    private Ticker() {
    }

    /**
     * Runs {@code action} every {@code millis} milliseconds until {@code control} is disposed; the
     * period is asked again before each wait, so a changed setting takes effect at the next tick.
     */
    public static void every(Control control, IntSupplier millis, Runnable action) {
        control.getDisplay().timerExec(millis.getAsInt(), () -> {
            if (!control.isDisposed()) {
                action.run();
                every(control, millis, action);
            }
        });
    }
}
