package dev.poolscope.ui.views;

import dev.poolscope.ui.session.TraceSession;
import dev.poolscope.ui.timeline.Timeline;

import org.eclipse.swt.widgets.Composite;

/** The Timeline view: a lane per thread of the open trace, its cursor on the current event; a click seeks. */
public final class TimelineView extends TraceViewPart {

    public static final String ID = "dev.poolscope.ui.views.timeline";

    private Timeline timeline;

    @Override
    void createContent(Composite parent, TraceSession session) {
        timeline = new Timeline(parent, session.model(), session.trace(), session.lanes(), this::seek);
    }

    @Override
    void show(TraceSession session, long seq) {
        timeline.setCursor(seq);
    }

    /** The timeline, while a trace is open. */
    public Timeline timeline() {
        return timeline;
    }
}
