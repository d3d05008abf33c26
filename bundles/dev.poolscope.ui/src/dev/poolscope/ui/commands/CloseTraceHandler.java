package dev.poolscope.ui.commands;

import org.eclipse.core.commands.ExecutionEvent;

/** File &gt; Close Trace: closes the open trace and goes back to live mode. Enabled while a trace is open. */
public final class CloseTraceHandler extends SessionHandler {

    public CloseTraceHandler() {
        update();
    }

    @Override
    boolean canRun() {
        return sessions().current().isPresent();
    }

    @Override
    public Object execute(ExecutionEvent event) {
        sessions().close();
        return null;
    }
}
