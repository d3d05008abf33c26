package dev.poolscope.ui.views;

import dev.poolscope.trace.BranchOrigin;
import dev.poolscope.ui.mode.ModeText;
import dev.poolscope.ui.session.SessionListener;
import dev.poolscope.ui.session.Sessions;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.ActionContributionItem;
import org.eclipse.jface.action.IAction;
import org.eclipse.ui.IActionBars;

/**
 * A view's toolbar choice of what it shows of a branch open beside its parent: one button per
 * option, the one chosen pressed, shown only while a parent is open, and the line over the view
 * saying which trace it shows. Every trace view makes its choice here, so they all offer it alike.
 */
final class PairChoice {

    private final IActionBars bars;
    private final Consumer<PairShown> chosen;
    private final Consumer<String> description;
    private final List<ActionContributionItem> items = new ArrayList<>();
    private PairShown shown;

    /**
     * @param chosen      told of the option the user picks, after it is the one shown
     * @param description sets the line over the view ("" with one trace open)
     */
    PairChoice(IActionBars bars, List<PairShown> options, Consumer<PairShown> chosen, Consumer<String> description) {
        this.bars = bars;
        this.chosen = chosen;
        this.description = description;
        this.shown = options.get(0);
        for (PairShown option : options) {
            Action action = new Action(option.label(), IAction.AS_RADIO_BUTTON) {
                @Override
                public void run() {
                    if (isChecked()) {
                        choose(option);
                    }
                }
            };
            action.setToolTipText(option.tooltip());
            action.setChecked(option == shown);
            ActionContributionItem item = new ActionContributionItem(action);
            item.setMode(ActionContributionItem.MODE_FORCE_TEXT);
            item.setVisible(false);
            items.add(item);
            bars.getToolBarManager().add(item);
        }
    }

    /** The choice of a view that shows one trace: the branch or the parent, told to {@code view} again on a change. */
    static PairChoice branchOrParent(IActionBars bars, Sessions sessions, SessionListener view,
            Consumer<String> description) {
        return new PairChoice(bars, List.of(PairShown.BRANCH, PairShown.PARENT), shown -> sessions.retell(view),
                description);
    }

    /** What the view shows now. */
    PairShown shown() {
        return shown;
    }

    /**
     * The buttons shown while {@code sessions} has a parent open, hidden otherwise, and the line over
     * the view saying which trace it shows.
     */
    void follow(Sessions sessions) {
        boolean pair = sessions.parent().isPresent();
        if (items.get(0).isVisible() != pair) {
            items.forEach(item -> item.setVisible(pair));
            bars.getToolBarManager().update(true);
            bars.updateActionBars();
        }
        description.accept(line(sessions, shown == PairShown.PARENT));
    }

    /** The line over a view of a branch ({@code parent} false) or of its parent; "" with one trace open. */
    static String line(Sessions sessions, boolean parent) {
        Optional<BranchOrigin> origin = sessions.current().flatMap(s -> s.model().header().origin());
        if (sessions.parent().isEmpty() || origin.isEmpty()) {
            return "";
        }
        return ModeText.pairLine(parent, sessions.current().orElseThrow().name(), sessions.parent().orElseThrow().name(),
                origin.get().event(), origin.get().thread());
    }

    /** Shows {@code option}, its button pressed and the others not, as a click on its button does. */
    void choose(PairShown option) {
        items.forEach(item -> item.getAction().setChecked(item.getAction().getText().equals(option.label())));
        if (shown != option) {
            shown = option;
            chosen.accept(option);
        }
    }

    /** Whether the buttons are shown: a parent is open. */
    boolean visible() {
        return items.get(0).isVisible();
    }
}
