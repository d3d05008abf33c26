package dev.poolscope.ui.commands;

import dev.poolscope.analysis.log.LogFiles;
import dev.poolscope.core.io.FileOperationException;
import dev.poolscope.ui.session.OpenTraceJob;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * File &gt; Open: opens the file the command's {@link PoolscopeCommands#FILE} parameter names (a
 * recent trace or log), or the one the user picks. A trace opens as it is; an allocation log
 * ({@link LogFiles#isAllocationLog}, the one rule) is replayed into a trace through the pool and
 * algorithm the user chooses in a {@link LogReplayDialog}, asked each time. A recent file that no
 * longer exists is said so and dropped from the list.
 */
public final class OpenTraceHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        Shell shell = HandlerUtil.getActiveShellChecked(event);
        String named = event.getParameter(PoolscopeCommands.FILE);
        if (named == null) {
            FileDialog dialog = new FileDialog(shell, SWT.OPEN);
            dialog.setText("Open Trace or Allocation Log");
            dialog.setFilterExtensions(new String[] {"*.pst;*.pstrace;*.csv;*.log", "*.pst;*.pstrace", "*.csv;*.log",
                "*"});
            dialog.setFilterNames(new String[] {"Traces and allocation logs", "Poolscope traces (*.pst, *.pstrace)",
                "Allocation logs (*.csv, *.log)", "All files"});
            String chosen = dialog.open();
            if (chosen != null) {
                open(Path.of(chosen), shell);
            }
        } else if (Files.exists(Path.of(named))) {
            open(Path.of(named), shell);
        } else {
            RecentTraces.workbench().forget(Path.of(named));
            MessageDialog.openError(shell, OpenTraceJob.ERROR_TITLE,
                    named + ": no such file (it was moved or deleted); removed from Recent Traces.");
        }
        return null;
    }

    /** Opens a trace, or asks how to replay a log and opens its replay. */
    private static void open(Path file, Shell shell) {
        boolean log;
        try {
            log = LogFiles.isAllocationLog(file);
        } catch (FileOperationException e) {
            MessageDialog.openError(shell, OpenTraceJob.ERROR_TITLE, e.getMessage());
            return;
        }
        if (!log) {
            TraceOpener.open(file, shell.getDisplay());
            return;
        }
        LogReplayDialog dialog = new LogReplayDialog(shell, file);
        if (dialog.open() == Window.OK) {
            dialog.choice().ifPresent(spec -> TraceOpener.openLog(file, spec, shell.getDisplay()));
        }
    }
}
