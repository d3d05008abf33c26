package dev.poolscope.ui.commands;

import dev.poolscope.ui.session.SessionListener;
import dev.poolscope.ui.session.Sessions;
import dev.poolscope.ui.session.TraceSession;

import java.util.Optional;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.eclipse.ui.PlatformUI;

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

    /**
     * Asks {@link #canRun} again; when the answer changed, tells the menus and asks the workbench
     * to update its toolbar buttons, which do not follow handler changes by themselves.
     */
    final void update() {
        boolean enabled = canRun();
        if (enabled != isEnabled()) {
            setBaseEnabled(enabled);
            IEventBroker events = PlatformUI.getWorkbench().getService(IEventBroker.class);
            events.post(UIEvents.REQUEST_ENABLEMENT_UPDATE_TOPIC, UIEvents.ALL_ELEMENT_ID);
        }
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
