package dev.poolscope.ui.fragmentation;

import dev.poolscope.analysis.ExtentSeries;
import dev.poolscope.analysis.FragmentationSeries;
import dev.poolscope.analysis.TraceSeries;
import dev.poolscope.ui.charts.ChartStack;
import dev.poolscope.ui.charts.FragmentationCharts;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.LongConsumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;

/**
 * The Fragmentation view's lower pane: with a trace open, the list of its failed allocations beside
 * the charts of the chunk's (or the pool's) fragmentation over events, with the current event as a
 * cursor; in live mode, one line saying why there are none. The charts are made again only when the
 * chunk or the trace changes, not on every step.
 */
final class EventsPane {

    private final Composite pane;
    private Control content;
    private FailureList failures;
    private ChartStack charts;
    private TraceSeries series;
    private OptionalInt chunk = OptionalInt.empty();

    EventsPane(Composite parent) {
        pane = new Composite(parent, SWT.NONE);
        pane.setLayout(new FillLayout());
    }

    Composite control() {
        return pane;
    }

    /** Charts {@code trace}'s series for {@code chosen} (empty: the pool), unless they show that already. */
    void showTrace(TraceSeries trace, OptionalInt chosen, LongConsumer seek) {
        if (trace == series && chosen.equals(chunk)) {
            return;
        }
        clear();
        series = trace;
        chunk = chosen;
        FragmentationSeries fragmentation = trace.fragmentation();
        SashForm sides = new SashForm(pane, SWT.HORIZONTAL);
        failures = new FailureList(sides, fragmentation.failures(), seek);
        ExtentSeries extents = chosen.isPresent() ? fragmentation.chunks().get(chosen.getAsInt()) : fragmentation.pool();
        String what = chosen.isPresent() ? "chunk " + chosen.getAsInt() : "whole pool";
        charts = new ChartStack(sides, FragmentationCharts.all(trace, extents, what), seek);
        List<String> tips = List.of(FragmentationCharts.RATIOS_TIP, FragmentationCharts.UNITS_TIP,
                FragmentationCharts.FAILURES_TIP);
        for (int i = 0; i < tips.size(); i++) {
            charts.charts().get(i).control().setToolTipText(tips.get(i));
        }
        sides.setWeights(32, 68);
        content = sides;
        pane.layout(true, true);
    }

    /** Says in one line that live mode has no series over events. */
    void showLive() {
        if (content instanceof Label) {
            return;
        }
        clear();
        Label line = new Label(pane, SWT.WRAP);
        line.setText(FragmentationPanel.LIVE_CHARTS);
        content = line;
        pane.layout(true, true);
    }

    /** Moves the charts' cursor and the list's selection to event {@code seq}. */
    void setCursor(long seq) {
        if (charts != null) {
            charts.setCursor(seq);
            failures.select(seq);
        }
    }

    Optional<ChartStack> charts() {
        return Optional.ofNullable(charts);
    }

    Optional<FailureList> failures() {
        return Optional.ofNullable(failures);
    }

    private void clear() {
        if (content != null) {
            content.dispose();
        }
        content = null;
        charts = null;
        failures = null;
        series = null;
        chunk = OptionalInt.empty();
    }
}
