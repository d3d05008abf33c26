package dev.poolscope.ui.views;

import dev.poolscope.ui.inspector.StepInspector;
import dev.poolscope.ui.session.TraceSession;

import org.eclipse.swt.widgets.Composite;

/** The Step Inspector view: the current event in words, its word before and after, and the pseudo-code. */
public final class InspectorView extends TraceViewPart {

    public static final String ID = "dev.poolscope.ui.views.inspector";

    private StepInspector inspector;

    @Override
    void createContent(Composite parent, TraceSession session) {
        inspector = new StepInspector(parent);
    }

    @Override
    void show(TraceSession session, long seq) {
        inspector.show(session.model(), seq);
    }

    /** The inspector, while a trace is open. */
    public StepInspector inspector() {
        return inspector;
    }
}
