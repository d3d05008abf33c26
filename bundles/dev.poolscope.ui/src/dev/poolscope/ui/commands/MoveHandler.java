package dev.poolscope.ui.commands;

import dev.poolscope.ui.session.TraceErrors;
import dev.poolscope.ui.session.TraceSession;

import java.io.IOException;
import java.util.Optional;
import java.util.OptionalLong;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExecutableExtension;
import org.eclipse.core.runtime.ILog;

/**
 * Steps through the open trace: to the next or previous event, race, rollback, retry or
 * failed allocation, to either
 * end, or along the current event's thread. plugin.xml names the {@link Move} after the class,
 * e.g. {@code MoveHandler:NEXT_RACE}. Enabled while the move would go somewhere.
 */
public final class MoveHandler extends SessionHandler implements IExecutableExtension {

    private Move move;

    @Override
    public void setInitializationData(IConfigurationElement config, String property, Object data) {
        move = Move.valueOf((String) data);
        update();
    }

    @Override
    boolean canRun() {
        Optional<TraceSession> session = sessions().current();
        if (move == null || session.isEmpty()) {
            return false;
        }
        try {
            return move.possible(session.get().model(), sessions().seq());
        } catch (IOException e) {
            // the step itself will say what is wrong; here the command only turns grey
            ILog.of(MoveHandler.class).warn(TraceErrors.describe(session.get().file(), e), e);
            return false;
        }
    }

    @Override
    public Object execute(ExecutionEvent event) {
        Optional<TraceSession> session = sessions().current();
        if (session.isPresent()) {
            try {
                OptionalLong target = move.target(session.get().model(), sessions().seq());
                target.ifPresent(sessions()::seek);
            } catch (IOException e) {
                TraceErrors.showStepFailure(session.get().file(), e, sessions().seq());
            }
        }
        return null;
    }
}
