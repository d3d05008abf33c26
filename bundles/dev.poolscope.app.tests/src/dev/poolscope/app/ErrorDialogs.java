package dev.poolscope.app;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

/**
 * Catches the modal dialogs titled one way: while it is armed, each such shell that opens is read
 * (its labels' texts) and closed, so a test running the event loop is not stuck in the dialog's.
 */
final class ErrorDialogs {

    private static final int POLL_MILLIS = 50;

    private final Display display;
    private final String title;
    private final List<String> messages = new ArrayList<>();
    private boolean armed = true;

    private ErrorDialogs(Display display, String title) {
        this.display = display;
        this.title = title;
    }

    /** Starts catching dialogs titled {@code title} on the current display. */
    static ErrorDialogs titled(String title) {
        ErrorDialogs catcher = new ErrorDialogs(Display.getCurrent(), title);
        catcher.poll();
        return catcher;
    }

    /** The texts of the dialogs caught so far, one string per dialog. */
    List<String> messages() {
        return messages;
    }

    /** Stops catching. */
    void disarm() {
        armed = false;
    }

    private void poll() {
        if (!armed || display.isDisposed()) {
            return;
        }
        for (Shell shell : display.getShells()) {
            if (!shell.isDisposed() && shell.isVisible() && title.equals(shell.getText())) {
                StringBuilder text = new StringBuilder();
                collectLabels(shell, text);
                messages.add(text.toString());
                shell.close();
            }
        }
        display.timerExec(POLL_MILLIS, this::poll);
    }

    private static void collectLabels(Composite parent, StringBuilder text) {
        for (Control child : parent.getChildren()) {
            if (child instanceof Label label) {
                text.append(label.getText()).append('\n');
            } else if (child instanceof Composite composite) {
                collectLabels(composite, text);
            }
        }
    }
}
