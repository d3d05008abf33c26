package dev.poolscope.testkit.swt;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

/**
 * Closes the dialogs titled {@code title} as they appear and keeps their messages: a modal dialog
 * runs its own event loop, which runs this catcher's timer, so a test is never stuck behind one.
 */
public final class DialogCatcher {

    private static final int POLL_MILLIS = 20;

    private final Display display;
    private final String title;
    private final List<String> messages = new ArrayList<>();
    private boolean stopped;

    private DialogCatcher(Display display, String title) {
        this.display = display;
        this.title = title;
    }

    /** Starts watching for dialogs titled {@code title}. */
    public static DialogCatcher watch(Display display, String title) {
        DialogCatcher catcher = new DialogCatcher(display, title);
        display.timerExec(POLL_MILLIS, catcher::poll);
        return catcher;
    }

    /** The messages of the dialogs closed so far, oldest first. */
    public List<String> messages() {
        return List.copyOf(messages);
    }

    /** Waits, running the UI, until a dialog was caught or {@code millis} passed; returns the messages. */
    public List<String> await(int millis) throws InterruptedException {
        long end = System.currentTimeMillis() + millis;
        while (messages.isEmpty() && System.currentTimeMillis() < end) {
            if (!display.readAndDispatch()) {
                closeDialogs();
                Thread.sleep(5);
            }
        }
        return messages();
    }

    public void stop() {
        stopped = true;
    }

    private void poll() {
        if (!stopped) { // a stopped catcher's last timer must not take a later test's dialog
            closeDialogs();
            display.timerExec(POLL_MILLIS, this::poll);
        }
    }

    private void closeDialogs() {
        for (Shell shell : display.getShells()) {
            if (title.equals(shell.getText()) && shell.isVisible()) {
                messages.add(labels(shell).filter(text -> !text.isEmpty()).reduce((first, last) -> last).orElse(""));
                shell.close();
            }
        }
    }

    private static Stream<String> labels(Control control) {
        if (control instanceof Label label) {
            return Stream.of(label.getText());
        }
        return control instanceof Composite composite
                ? Arrays.stream(composite.getChildren()).flatMap(DialogCatcher::labels)
                : Stream.empty();
    }
}
