package dev.poolscope.ui.session;

import dev.poolscope.trace.file.TraceFormatException;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/** Says in a dialog why a trace could not be opened or recorded; the workbench goes on as before. */
public final class TraceErrors {

    private TraceErrors() {
    }

    /** What went wrong with {@code file}, naming the file and, for a damaged one, the byte offset. */
    public static String describe(Path file, IOException problem) {
        if (problem instanceof TraceFormatException) {
            return problem.getMessage(); // names the file and the offset itself
        } else if (problem instanceof NoSuchFileException) {
            return file + ": no such file";
        } else if (problem instanceof AccessDeniedException) {
            return file + ": permission denied";
        }
        return file + ": " + problem.getMessage();
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
