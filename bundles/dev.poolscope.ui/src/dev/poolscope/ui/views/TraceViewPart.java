package dev.poolscope.ui.views;

import dev.poolscope.ui.session.SessionListener;
import dev.poolscope.ui.session.Sessions;
import dev.poolscope.ui.session.TraceChoice;
import dev.poolscope.ui.session.TraceSession;

import java.util.Optional;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.part.ViewPart;

/**
 * A view of the open trace at the workbench's current event: it builds its content when a trace
 * opens, moves it with every seek, and in live mode shows a line saying how to open a trace. While
 * a branch is open beside its parent, its toolbar chooses which of the two it shows, and a line
 * over it says which that is.
 */
abstract class TraceViewPart extends ViewPart implements SessionListener {

    /** What every trace view says while no trace is open. */
    static final String OPEN_HINT = "Live mode: no trace is open. Open one, or an allocation log, with"
            + " File > Open Trace or Log…, record one with File > Record Run…, or run a scenario from the"
            + " Scenarios view.";

    private final Sessions sessions = Sessions.workbench();
    private Composite stack;
    private StackLayout stackLayout;
    private Label hint;
    private Composite content;
    private PairChoice choice;

    @Override
    public final void createPartControl(Composite parent) {
        choice = PairChoice.branchOrParent(getViewSite().getActionBars(), sessions, this, this::setContentDescription);
        stack = new Composite(parent, SWT.NONE);
        stackLayout = new StackLayout();
        stack.setLayout(stackLayout);
        hint = new Label(stack, SWT.WRAP);
        hint.setText(OPEN_HINT);
        sessions.addListener(this);
        sessions.retell(this);
    }

    @Override
    public final TraceChoice shows() {
        return choice.shown().trace();
    }

    @Override
    public final void sessionChanged(Optional<TraceSession> session) {
        if (content != null) {
            content.dispose();
            content = null;
        }
        Control top = hint;
        if (session.isPresent()) {
            content = new Composite(stack, SWT.NONE);
            content.setLayout(new FillLayout());
            createContent(content, session.get());
            top = content;
        }
        stackLayout.topControl = top;
        stack.layout(true, true);
        choice.follow(sessions);
    }

    /** The toolbar's choice of the branch or the parent. */
    PairChoice pairChoice() {
        return choice;
    }

    @Override
    public final void seqChanged(TraceSession session, long seq) {
        if (content != null) {
            show(session, seq);
        }
    }

    /** Builds the view's widgets for {@code session} in {@code parent}, which has a fill layout. */
    abstract void createContent(Composite parent, TraceSession session);

    /** Shows event {@code seq} of {@code session}. */
    abstract void show(TraceSession session, long seq);

    /** Moves every view to event {@code seq}, as a click in this view asks. */
    final void seek(long seq) {
        sessions.seek(seq);
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
