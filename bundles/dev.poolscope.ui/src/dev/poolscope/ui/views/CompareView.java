package dev.poolscope.ui.views;

import dev.poolscope.ui.compare.ComparePanel;
import dev.poolscope.ui.session.SessionListener;
import dev.poolscope.ui.session.Sessions;
import dev.poolscope.ui.session.TraceChoice;
import dev.poolscope.ui.session.TraceSession;

import java.util.Optional;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.part.ViewPart;

/**
 * The Compare view: the open trace's operations (or those of the allocation log it was made from)
 * replayed through every algorithm and variant, side by side ({@link ComparePanel}). It compares
 * whole runs, so it follows the trace that is open, not the current event; with none open it says
 * how to open one.
 */
public final class CompareView extends ViewPart implements SessionListener {

    public static final String ID = "dev.poolscope.ui.views.compare";

    /** What the view says while no trace is open. */
    public static final String EMPTY_HINT = "Nothing to compare: no trace or allocation log is open. Open one with "
            + "File > Open Trace or Log\u2026 (an allocation log is a CSV with the header op,size,id), or record one "
            + "with File > Record Run\u2026; its operations are then replayed here through every algorithm.";

    private final Sessions sessions = Sessions.workbench();
    private Composite stack;
    private StackLayout stackLayout;
    private Label hint;
    private ComparePanel panel;
    private PairChoice choice;

    @Override
    public void createPartControl(Composite parent) {
        stack = new Composite(parent, SWT.NONE);
        stackLayout = new StackLayout();
        stack.setLayout(stackLayout);
        hint = new Label(stack, SWT.WRAP);
        hint.setText(EMPTY_HINT);
        choice = PairChoice.branchOrParent(getViewSite().getActionBars(), sessions, this, this::setContentDescription);
        sessions.addListener(this);
        sessions.retell(this);
    }

    @Override
    public TraceChoice shows() {
        return choice.shown().trace();
    }

    @Override
    public void sessionChanged(Optional<TraceSession> session) {
        if (panel != null) {
            panel.control().dispose(); // cancels its comparison if one is running
            panel = null;
        }
        Control top = hint;
        if (session.isPresent()) {
            panel = new ComparePanel(stack, session.get().file(), session.get().model().header().minAllocOrder());
            top = panel.control();
        }
        stackLayout.topControl = top;
        stack.layout(true, true);
        choice.follow(sessions);
    }

    @Override
    public void seqChanged(TraceSession session, long seq) {
        // a comparison is of whole replays: the current event does not change it
    }

    /** The panel of the open trace, if one is open. */
    public Optional<ComparePanel> panel() {
        return Optional.ofNullable(panel);
    }

    @Override
    public void setFocus() {
        stack.setFocus();
    }

    @Override
    public void dispose() {
        sessions.removeListener(this);
        super.dispose();
    }
}
