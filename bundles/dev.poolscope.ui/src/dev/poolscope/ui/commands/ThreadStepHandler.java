package dev.poolscope.ui.commands;

import dev.poolscope.model.ReplayModel;
import dev.poolscope.ui.session.TraceErrors;
import dev.poolscope.ui.session.TraceSession;

import java.io.IOException;
import java.util.Optional;
import java.util.OptionalLong;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExecutableExtension;
import org.eclipse.swt.widgets.Display;

/**
 * Steps one thread of the open trace, named by the command's {@link PoolscopeCommands#THREAD}
 * parameter, to its next or previous event ({@code ThreadStepHandler:FORWARD} or {@code :BACK} in
 * plugin.xml). Enabled while the trace has events in that direction; a thread with none there
 * stays put with a beep.
 */
public final class ThreadStepHandler extends SessionHandler implements IExecutableExtension {

    private boolean forward;

    @Override
    public void setInitializationData(IConfigurationElement config, String property, Object data) {
        forward = switch ((String) data) {
            case "FORWARD" -> true;
            case "BACK" -> false;
            default -> throw new IllegalArgumentException("ThreadStepHandler: FORWARD or BACK, not " + data);
        };
        update();
    }

    @Override
    boolean canRun() {
        Optional<TraceSession> session = sessions().current();
        return session.isPresent() && (forward ? sessions().seq() < session.get().model().lastSeq()
                : sessions().seq() > session.get().model().firstSeq());
    }

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        Optional<TraceSession> session = sessions().current();
        if (session.isPresent()) {
            int thread = thread(event, session.get());
            try {
                OptionalLong target = target(session.get().model(), thread, sessions().seq(), forward);
                if (target.isPresent()) {
                    sessions().seek(target.getAsLong());
                } else {
                    Display.getCurrent().beep();
                }
            } catch (IOException e) {
                TraceErrors.showStepFailure(session.get().file(), e, sessions().seq());
            }
        }
        return null;
    }

    /** The event {@code thread} goes to from {@code seq}, forward or back. */
    static OptionalLong target(ReplayModel model, int thread, long seq, boolean forward) throws IOException {
        return forward ? model.nextEventOf(thread, seq) : model.previousEventOf(thread, seq);
    }

    private static int thread(ExecutionEvent event, TraceSession session) throws ExecutionException {
        String value = event.getParameter(PoolscopeCommands.THREAD);
        int threads = session.model().header().threads();
        try {
            int thread = Integer.parseInt(value == null ? "" : value);
            if (thread >= 0 && thread < threads) {
                return thread;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new ExecutionException("thread parameter " + value + ": not a thread of " + session.name()
                + ", which has threads 0.." + (threads - 1));
    }
}
