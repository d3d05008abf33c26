package dev.poolscope.ui.commands;

import dev.poolscope.model.ReplayModel;
import dev.poolscope.ui.session.Sessions;
import dev.poolscope.ui.session.TraceErrors;
import dev.poolscope.ui.session.TraceSession;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.ActionContributionItem;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.jface.action.Separator;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.CompoundContributionItem;
import org.eclipse.ui.menus.CommandContributionItem;
import org.eclipse.ui.menus.CommandContributionItemParameter;

/**
 * The Trace menu's Step Thread submenu: for each thread of the open trace, "T1 forward to #412"
 * and "T1 back to #377", or a greyed line when that thread has no event in that direction.
 */
public final class ThreadStepMenu extends CompoundContributionItem {

    @Override
    protected IContributionItem[] getContributionItems() {
        Optional<TraceSession> session = Sessions.workbench().current();
        if (session.isEmpty()) {
            return new IContributionItem[] {unavailable("No trace open")};
        }
        ReplayModel model = session.get().model();
        long seq = Sessions.workbench().seq();
        List<IContributionItem> items = new ArrayList<>();
        try {
            for (int thread = 0; thread < model.header().threads(); thread++) {
                if (thread > 0) {
                    items.add(new Separator());
                }
                items.add(step(thread, ThreadStepHandler.target(model, thread, seq, true), true));
                items.add(step(thread, ThreadStepHandler.target(model, thread, seq, false), false));
            }
        } catch (IOException e) {
            ILog.of(ThreadStepMenu.class).warn(TraceErrors.describe(session.get().file(), e), e);
            items.add(unavailable("Cannot read " + session.get().name()));
        }
        return items.toArray(IContributionItem[]::new);
    }

    private IContributionItem step(int thread, OptionalLong target, boolean forward) {
        String direction = forward ? "forward" : "back";
        if (target.isEmpty()) {
            return unavailable(String.format("T%d %s: no %s event", thread, direction, forward ? "later" : "earlier"));
        }
        CommandContributionItemParameter item = new CommandContributionItemParameter(PlatformUI.getWorkbench(),
                null, forward ? PoolscopeCommands.STEP_THREAD_FORWARD : PoolscopeCommands.STEP_THREAD_BACK,
                CommandContributionItem.STYLE_PUSH);
        item.label = String.format("T%d %s to #%d", thread, direction, target.getAsLong());
        item.parameters = Map.of(PoolscopeCommands.THREAD, Integer.toString(thread));
        return new CommandContributionItem(item);
    }

    /** A greyed line that says why there is nothing to choose. */
    private static IContributionItem unavailable(String text) {
        Action action = new Action(text) {
        };
        action.setEnabled(false);
        return new ActionContributionItem(action);
    }
}
