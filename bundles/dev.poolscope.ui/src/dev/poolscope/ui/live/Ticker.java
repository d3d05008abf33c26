package dev.poolscope.ui.live;

import org.eclipse.swt.widgets.Control;

/** Runs an action on the UI thread at a fixed period for as long as a control lives. */
public final class Ticker {

    private Ticker() {
    }

    /** Runs {@code action} every {@code millis} milliseconds until {@code control} is disposed. */
    public static void every(Control control, int millis, Runnable action) {
        control.getDisplay().timerExec(millis, () -> {
            if (!control.isDisposed()) {
                action.run();
                every(control, millis, action);
            }
        });
    }
}
