package dev.poolscope.ui.scenarioedit;

import dev.poolscope.core.io.FileOperationException;

import java.nio.file.Path;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.FileDialog;

/**
 * The scenario editor's Open..., Save and Save As...: the file chosen in a file dialog is read
 * into the text, or the text is written to it as typed. A file that cannot be read or written is
 * named in an error dialog, and the text and its file stay as they were; before unsaved changes
 * would be lost, the user is asked whether to save them.
 */
final class EditorFiles {

    /** The error dialog's title when a file cannot be read. */
    static final String OPEN_FAILED = "Cannot open scenario";
    /** The error dialog's title when a file cannot be written. */
    static final String SAVE_FAILED = "Cannot save scenario";
    /** The question's title before unsaved changes would be lost. */
    static final String UNSAVED = "Unsaved scenario";

    private static final String[] EXTENSIONS = {"*.scenario", "*"};
    private static final String[] FILTER_NAMES = {"Scenario files (*.scenario)", "All files"};

    private final StyledText text;
    private final ScenarioDocument document;
    private final Runnable fileChanged;

    /** @param fileChanged is run after the text was read from or saved to a file */
    EditorFiles(StyledText text, ScenarioDocument document, Runnable fileChanged) {
        this.text = text;
        this.document = document;
        this.fileChanged = fileChanged;
    }

    /** Asks for a file and reads it into the text, after asking about unsaved changes. */
    void openChosen() {
        if (mayDiscard()) {
            String chosen = dialog(SWT.OPEN).open();
            if (chosen != null) {
                open(Path.of(chosen));
            }
        }
    }

    /** Reads {@code file} into the text, a malformed scenario as well (the check says what is wrong); false when it cannot be read. */
    boolean open(Path file) {
        return attempt(OPEN_FAILED, () -> text.setText(document.read(file)));
    }

    /** Saves to the document's file, or asks for one if it has none; false when nothing was saved. */
    boolean save() {
        return document.file().map(this::saveTo).orElseGet(this::saveAs);
    }

    /** Asks for a file and saves the text to it; false when nothing was saved. */
    boolean saveAs() {
        FileDialog dialog = dialog(SWT.SAVE);
        dialog.setOverwrite(true);
        dialog.setFileName(document.file().map(file -> file.getFileName().toString())
                .orElse(StarterScenario.NAME + ".scenario"));
        String chosen = dialog.open();
        return chosen != null && saveTo(Path.of(chosen));
    }

    /** Writes the text to {@code file} as typed; false, after naming the file in an error dialog, when it cannot be. */
    boolean saveTo(Path file) {
        return attempt(SAVE_FAILED, () -> document.save(file, text.getText()));
    }

    /** True when the text has no unsaved changes, or the user saved them or chose to lose them. */
    boolean mayDiscard() {
        if (!document.changed(text.getText())) {
            return true;
        }
        MessageDialog ask = new MessageDialog(text.getShell(), UNSAVED, null,
                "The scenario " + document.name() + " has changes that are not saved. Save them?",
                MessageDialog.QUESTION, 0, "&Save", "Do&n't Save", IDialogConstants.CANCEL_LABEL);
        return switch (ask.open()) {
            case 0 -> save();
            case 1 -> true;
            default -> false; // Cancel, or the question closed
        };
    }

    /** A read or a write of the document's file. */
    @FunctionalInterface
    private interface FileAction {
        void run() throws FileOperationException;
    }

    /** Runs {@code action}; true when it succeeded, false after naming the failure in a dialog titled {@code failedTitle}. */
    private boolean attempt(String failedTitle, FileAction action) {
        try {
            action.run();
            fileChanged.run();
            return true;
        } catch (FileOperationException e) {
            MessageDialog.openError(text.getShell(), failedTitle, e.getMessage());
            return false;
        }
    }

    private FileDialog dialog(int style) {
        FileDialog dialog = new FileDialog(text.getShell(), style);
        dialog.setText(style == SWT.OPEN ? "Open Scenario" : "Save Scenario As");
        dialog.setFilterExtensions(EXTENSIONS);
        dialog.setFilterNames(FILTER_NAMES);
        document.file().map(Path::getParent).ifPresent(folder -> dialog.setFilterPath(folder.toString()));
        return dialog;
    }
}
