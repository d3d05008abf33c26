package dev.poolscope.ui.session;

import dev.poolscope.core.io.FileOperationException;
import dev.poolscope.trace.file.TraceFormatException;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/** Says in a dialog why a trace could not be opened, recorded or stepped through; the workbench goes on as before. */
public final class TraceErrors {

    /** The dialog title when a step cannot read the trace. */
    public static final String STEP_TITLE = "Cannot step";

    private TraceErrors() {
    }

    /** What went wrong with {@code file}, naming the file and, for a damaged one, the byte offset. */
    public static String describe(Path file, IOException problem) {
        if (problem instanceof TraceFormatException || problem instanceof FileOperationException) {
            return problem.getMessage(); // names the file (and the offset, or what was being done) itself
        } else if (problem instanceof NoSuchFileException) {
            return file + ": no such file";
        } else if (problem instanceof AccessDeniedException) {
            return file + ": permission denied";
        }
        return file + ": " + problem.getMessage();
    }

    /**
     * Says that a step could not read {@code file} (naming it and, for a damaged file, the byte
     * offset) and that every view stays on event {@code shownSeq}. On the UI thread.
     */
    public static void showStepFailure(Path file, IOException problem, long shownSeq) {
        show(Display.getCurrent(), STEP_TITLE, describe(file, problem)
                + String.format(Locale.ROOT, "%n%nEvery view stays on event %,d.", shownSeq));
    }

    /**
     * Shows {@code message} in an error dialog titled {@code title} over the active window. Returns
     * at once: the dialog is modal for the user but runs no event loop of its own inside the caller.
     */
    public static void show(Display display, String title, String message) {
        Shell parent = display.getActiveShell();
        if (parent == null && display.getShells().length > 0) {
            parent = display.getShells()[0];
        }
        MessageDialog dialog = new MessageDialog(parent, title, null, message, MessageDialog.ERROR, 0,
                IDialogConstants.OK_LABEL);
        dialog.setBlockOnOpen(false);
        dialog.open();
    }
}
