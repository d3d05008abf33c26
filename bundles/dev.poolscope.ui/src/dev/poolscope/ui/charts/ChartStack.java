package dev.poolscope.ui.charts;

import dev.poolscope.analysis.TraceSeries;

import java.util.List;
import java.util.function.LongConsumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;

/**
 * The charts of one trace stacked over each other on the same event axis: avail, contention,
 * retries. One cursor for all of them; a click in any of them seeks.
 */
public final class ChartStack {

    private final Composite composite;
    private final List<ChartCanvas> charts;

    public ChartStack(Composite parent, TraceSeries series, LongConsumer seek) {
        composite = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        layout.verticalSpacing = 0;
        composite.setLayout(layout);
        charts = List.of(new ChartCanvas(composite, TraceCharts.avail(series), seek),
                new ChartCanvas(composite, TraceCharts.contention(series), seek),
                new ChartCanvas(composite, TraceCharts.retries(series), seek));
        charts.forEach(chart -> chart.control().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true)));
    }

    public Composite control() {
        return composite;
    }

    /** Avail, contention, retries: in the order they are stacked. */
    public List<ChartCanvas> charts() {
        return charts;
    }

    /** Marks event {@code seq} in every chart. */
    public void setCursor(long seq) {
        charts.forEach(chart -> chart.setCursor(seq));
    }
}
