package dev.poolscope.ui.commands;

import dev.poolscope.ui.session.SessionListener;
import dev.poolscope.ui.session.Sessions;
import dev.poolscope.ui.session.TraceSession;

import java.util.Optional;

import org.eclipse.core.commands.AbstractHandler;

/**
 * A handler whose enablement follows the workbench's open trace and the event the views show: it
 * asks {@link #canRun} again whenever either changes.
 */
abstract class SessionHandler extends AbstractHandler implements SessionListener {

    private final Sessions sessions = Sessions.workbench();

    SessionHandler() {
        sessions.addListener(this);
    }

    Sessions sessions() {
        return sessions;
    }

    /** Whether this handler can run now. */
    abstract boolean canRun();

    /** Asks {@link #canRun} again; tells the menus and toolbar when the answer changed. */
    final void update() {
        setBaseEnabled(canRun());
    }

    @Override
    public void sessionChanged(Optional<TraceSession> session) {
        update();
    }

    @Override
    public void seqChanged(TraceSession session, long seq) {
        update();
    }

    @Override
    public void dispose() {
        sessions.removeListener(this);
        super.dispose();
    }
}
