package dev.poolscope.ui.commands;

import dev.poolscope.ui.session.OpenTraceJob;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * File &gt; Open Trace: opens the file the command's {@link PoolscopeCommands#FILE} parameter names (a
 * recent trace), or the one the user picks. A recent trace that no longer exists is said so and
 * dropped from the list.
 */
public final class OpenTraceHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        Shell shell = HandlerUtil.getActiveShellChecked(event);
        String named = event.getParameter(PoolscopeCommands.FILE);
        if (named == null) {
            FileDialog dialog = new FileDialog(shell, SWT.OPEN);
            dialog.setText("Open Trace");
            dialog.setFilterExtensions(new String[] {"*.pst;*.pstrace", "*"});
            dialog.setFilterNames(new String[] {"Poolscope traces (*.pst, *.pstrace)", "All files"});
            String chosen = dialog.open();
            if (chosen != null) {
                TraceOpener.open(Path.of(chosen), shell.getDisplay());
            }
        } else if (Files.exists(Path.of(named))) {
            TraceOpener.open(Path.of(named), shell.getDisplay());
        } else {
            RecentTraces.workbench().forget(Path.of(named));
            MessageDialog.openError(shell, OpenTraceJob.ERROR_TITLE,
                    named + ": no such file (it was moved or deleted); removed from Recent Traces.");
        }
        return null;
    }
}
