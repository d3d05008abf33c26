package dev.poolscope.testkit.swt;

import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/**
 * Answers the dialogs titled {@code title} as they appear, as a user would: fills their fields, then
 * presses a button by its label. Like {@link DialogCatcher} it polls on a timer, which a modal
 * dialog's own event loop runs, so the test that opened the dialog is never stuck behind it.
 */
public final class DialogAnswer {

    private static final int POLL_MILLIS = 20;

    private final Display display;
    private final String title;
    private final Consumer<Shell> fill;
    private final String button;
    private int answered;
    private boolean stopped;

    private DialogAnswer(Display display, String title, Consumer<Shell> fill, String button) {
        this.display = display;
        this.title = title;
        this.fill = fill;
        this.button = button;
    }

    /**
     * Starts answering dialogs titled {@code title}: {@code fill} sets the fields of each (its shell),
     * then the button labelled {@code button} ("OK") is pressed.
     */
    public static DialogAnswer watch(Display display, String title, Consumer<Shell> fill, String button) {
        DialogAnswer answer = new DialogAnswer(display, title, fill, button);
        display.timerExec(POLL_MILLIS, answer::poll);
        return answer;
    }

    /** How many dialogs were answered so far. */
    public int answered() {
        return answered;
    }

    public void stop() {
        stopped = true;
    }

    private void poll() {
        if (stopped) { // a stopped answer's last timer must not take a later test's dialog
            return;
        }
        for (Shell shell : display.getShells()) {
            if (title.equals(shell.getText()) && shell.isVisible()) {
                fill.accept(shell);
                Button press = Widgets.all(shell, Button.class).stream().filter(b -> button.equals(b.getText()))
                        .findFirst().orElseThrow(() -> new AssertionError("no button " + button + " in " + title));
                answered++;
                press.notifyListeners(SWT.Selection, null);
            }
        }
        display.timerExec(POLL_MILLIS, this::poll);
    }
}
