package dev.poolscope.ui.scenarioedit;

import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Label;

/**
 * Checks a scenario's text as it is typed: {@value #DELAY_MILLIS} ms after the last change it reads
 * the whole text ({@link ScenarioCheck}; a page reads in well under a millisecond, so on the UI
 * thread), says the result in the status line, a problem in red, gives the problem's line a red
 * background, and hands the check on.
 */
final class LiveCheck {

    /** How long typing must pause before the text is read again. */
    static final int DELAY_MILLIS = 300;

    /** The background of the line a problem is on. */
    static final Color BAD_LINE = new Color(255, 210, 210);

    private final StyledText text;
    private final Label status;
    private final Supplier<String> source;
    private final Consumer<ScenarioCheck> checked;
    private final Runnable pending = this::checkNow;

    /**
     * @param source  the name the text goes by in the parser's messages
     * @param checked is given every check, on the UI thread
     */
    LiveCheck(StyledText text, Label status, Supplier<String> source, Consumer<ScenarioCheck> checked) {
        this.text = text;
        this.status = status;
        this.source = source;
        this.checked = checked;
        // timerExec of a runnable already waiting starts its wait again: the check runs once typing pauses
        text.addListener(SWT.Modify, e -> text.getDisplay().timerExec(DELAY_MILLIS, pending));
        text.addListener(SWT.Dispose, e -> text.getDisplay().timerExec(-1, pending));
    }

    /** Reads the text now (a check still waiting is dropped) and shows the result. */
    ScenarioCheck checkNow() {
        text.getDisplay().timerExec(-1, pending);
        ScenarioCheck check = ScenarioCheck.of(source.get(), text.getText());
        mark(check.badLine());
        status.setText(check.message());
        status.setForeground(check.valid() ? null : status.getDisplay().getSystemColor(SWT.COLOR_RED));
        status.requestLayout();
        checked.accept(check);
        return check;
    }

    /** Clears every line's mark, then marks {@code line} (from 1; 0 for none). */
    private void mark(int line) {
        text.setLineBackground(0, text.getLineCount(), null);
        if (line > 0) {
            // a missing entry is told at the file's last line, which may be past a final line break
            text.setLineBackground(Math.min(line, text.getLineCount()) - 1, 1, BAD_LINE);
        }
    }
}
