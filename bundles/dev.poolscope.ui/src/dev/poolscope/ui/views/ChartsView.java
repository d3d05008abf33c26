package dev.poolscope.ui.views;

import dev.poolscope.ui.charts.ChartStack;
import dev.poolscope.ui.session.TraceSession;

import org.eclipse.swt.widgets.Composite;

/** The Charts view: avail, CAS failures and rollbacks, and retries over the open trace; a click seeks. */
public final class ChartsView extends TraceViewPart {

    public static final String ID = "dev.poolscope.ui.views.charts";

    private ChartStack charts;

    @Override
    void createContent(Composite parent, TraceSession session) {
        charts = new ChartStack(parent, session.series(), this::seek);
    }

    @Override
    void show(TraceSession session, long seq) {
        charts.setCursor(seq);
    }

    /** The charts, while a trace is open. */
    public ChartStack charts() {
        return charts;
    }
}
