package dev.poolscope.ui.commands;

import dev.poolscope.trace.branch.BranchPoint;
import dev.poolscope.ui.branch.BranchDialog;
import dev.poolscope.ui.branch.BranchJob;
import dev.poolscope.ui.branch.ScenarioLookup;
import dev.poolscope.ui.prefs.PoolscopePreferences;
import dev.poolscope.ui.session.SessionListener;
import dev.poolscope.ui.session.TraceChoice;
import dev.poolscope.ui.session.TraceSession;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * Trace &gt; Branch Here… (and the Timeline's context menu): branches the trace at the event the
 * views show, another thread taking the next step ({@link BranchJob}). The trace branched is the
 * one the active view shows: the parent, when a view showing a branch's parent asked.
 */
public final class BranchHereHandler extends SessionHandler {

    @Override
    boolean canRun() {
        return sessions().current().isPresent();
    }

    @Override
    public Object execute(ExecutionEvent event) {
        IWorkbenchPart part = HandlerUtil.getActivePart(event);
        TraceChoice choice = part instanceof SessionListener view ? view.shows() : TraceChoice.OPENED;
        TraceSession session = sessions().shown(choice).orElseThrow();
        Shell shell = HandlerUtil.getActiveShell(event);
        long seq = sessions().seqIn(session);
        new BranchJob(session.file(), seq, PoolscopePreferences.checkpointInterval(), sessions(), shell.getDisplay(),
                point -> ask(shell, point), new ScenarioLookup(shell.getDisplay())).schedule();
        return null;
    }

    private static BranchJob.Choice ask(Shell shell, BranchPoint point) {
        BranchDialog dialog = new BranchDialog(shell, point,
                BranchJob.suggestedOutput(point.parent(), point.event(), point.alternatives().get(0)));
        return dialog.open() == Window.OK ? new BranchJob.Choice(dialog.thread(), dialog.output()) : null;
    }
}
