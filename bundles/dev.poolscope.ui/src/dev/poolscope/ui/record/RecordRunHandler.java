package dev.poolscope.ui.record;

import dev.poolscope.trace.run.TraceFiles;
import dev.poolscope.ui.prefs.PoolscopePreferences;
import dev.poolscope.ui.session.Sessions;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;

/** The command File &gt; Record Run...: asks for the run in a {@link RecordRunDialog}, then records and opens it. */
public final class RecordRunHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        Shell shell = HandlerUtil.getActiveShell(event);
        RecordRunDialog dialog = new RecordRunDialog(shell, TraceFiles.newFile("run"));
        if (dialog.open() == Window.OK) {
            new RecordRunJob(dialog.plan(), dialog.output(), PoolscopePreferences.checkpointInterval(),
                    Sessions.workbench(), shell.getDisplay()).schedule();
        }
        return null;
    }
}
