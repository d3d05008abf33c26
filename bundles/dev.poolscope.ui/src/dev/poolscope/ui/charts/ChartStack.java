package dev.poolscope.ui.charts;

import dev.poolscope.analysis.TraceSeries;

import java.util.List;
import java.util.function.LongConsumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.jfree.chart.JFreeChart;

/**
 * Charts of one trace stacked over each other on the same event axis (the Charts view's: avail,
 * contention, retries). One cursor for all of them; a click in any of them seeks.
 */
public final class ChartStack {

    private final Composite composite;
    private final List<ChartCanvas> charts;

    public ChartStack(Composite parent, TraceSeries series, LongConsumer seek) {
        this(parent, List.of(TraceCharts.avail(series), TraceCharts.contention(series), TraceCharts.retries(series)), seek);
    }

    /** {@code charts}, top to bottom; all over the same events (as {@link TraceCharts} and {@link FragmentationCharts} make them). */
    public ChartStack(Composite parent, List<JFreeChart> charts, LongConsumer seek) {
        composite = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        layout.verticalSpacing = 0;
        composite.setLayout(layout);
        this.charts = charts.stream().map(chart -> new ChartCanvas(composite, chart, seek)).toList();
        this.charts.forEach(chart -> chart.control().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true)));
    }

    public Composite control() {
        return composite;
    }

    /** The charts in the order they are stacked. */
    public List<ChartCanvas> charts() {
        return charts;
    }

    /** Marks event {@code seq} in every chart. */
    public void setCursor(long seq) {
        charts.forEach(chart -> chart.setCursor(seq));
    }
}
