package dev.poolscope.ui.fragmentation;

import dev.poolscope.analysis.TraceSeries;
import dev.poolscope.analysis.failure.FailedAlloc;
import dev.poolscope.analysis.failure.FailureText;
import dev.poolscope.analysis.fragmentation.ExtentStats;
import dev.poolscope.model.fragmentation.MetricText;
import dev.poolscope.model.fragmentation.PoolBits;
import dev.poolscope.model.holders.Holder;
import dev.poolscope.ui.charts.ChartStack;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.LongConsumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;

/**
 * The Fragmentation view's content: a heading naming the chunk (or the whole pool) and the moment,
 * a line saying why the allocation at this event failed and who held the pool then, the request size n the U, Ua and FI rows
 * are for (following the last request's units unless the user picks one), and side by side the
 * {@link MetricsTable} and the {@link ExtentHistogram}; below them, in a vertical sash, the
 * {@link EventsPane}: the trace's failures and charts over its events.
 */
public final class FragmentationPanel {

    /** What the failure line says at an event that is no failed allocation. */
    public static final String NO_FAILURE = "No allocation failed at this event (Next Failure, F11, finds one).";
    /** What the failure line says in live mode. */
    public static final String LIVE_FAILURES = "Live: no allocation of the demo has failed (it keeps the pool near 60%"
            + " full); record a run (File > Record Run\u2026) to step to failures and read why each failed"
            + " (a lost race can be named only from a trace).";
    /** What the lower pane says in live mode. */
    public static final String LIVE_CHARTS = "Live: no charts over events (a live pool keeps no history); open or record"
            + " a trace to chart E, L, U(n) and the failed allocations over its events.";
    /** The failure list's tooltip. */
    public static final String FAILURES_HINT = "Every failed allocation of the trace with its reason; click a row to go"
            + " to its event.";

    /** How to change what the heading names. */
    public static final String PICK_HINT = "Select a chunk's row in the Pools view or click its block in the Heat Grid to see"
            + " that chunk; the pool row, or a click beside the blocks, shows the whole pool.";

    /**
     * The least height the panel lays out in: the numbers (about a third) and three charts with a readable plot
     * each; a shorter view scrolls.
     */
    static final int MIN_HEIGHT = 1000;

    private final ScrolledComposite scroll;
    private final SashForm stack;
    private final Label heading;
    private final Label failure;
    private final Button follow;
    private final Spinner request;
    private final MetricsTable table;
    private final ExtentHistogram histogram;
    private final EventsPane events;
    private FragmentationReading shown;

    public FragmentationPanel(Composite parent) {
        // the view sits in a short tab folder: below this height it scrolls, rather than squash numbers or plots
        scroll = new ScrolledComposite(parent, SWT.V_SCROLL);
        scroll.setExpandHorizontal(true);
        scroll.setExpandVertical(true);
        stack = new SashForm(scroll, SWT.VERTICAL);
        Composite now = new Composite(stack, SWT.NONE);
        now.setLayout(new GridLayout(3, false));
        heading = new Label(now, SWT.NONE);
        heading.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
        heading.setToolTipText(PICK_HINT);
        failure = new Label(now, SWT.WRAP);
        failure.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
        new Label(now, SWT.NONE).setText("Request size n (units):");
        request = new Spinner(now, SWT.BORDER);
        request.setValues(1, 1, Integer.MAX_VALUE, 0, 1, 16);
        follow = new Button(now, SWT.CHECK);
        follow.setText("the last request's units");
        follow.setSelection(true);
        request.setEnabled(false);
        follow.addListener(SWT.Selection, e -> {
            request.setEnabled(!follow.getSelection());
            refresh();
        });
        request.addListener(SWT.Modify, e -> refresh());
        SashForm sides = new SashForm(now, SWT.HORIZONTAL);
        sides.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 3, 1));
        table = new MetricsTable(sides);
        histogram = new ExtentHistogram(sides);
        sides.setWeights(56, 44); // the table's metric names stay whole in a narrow view
        events = new EventsPane(stack);
        stack.setWeights(36, 64);
        scroll.setContent(stack);
        scroll.setMinHeight(MIN_HEIGHT);
    }

    /**
     * The panel's outermost control: a vertical scroller around the sash of the "now" pane above and the failures
     * and charts over events below.
     */
    public Composite control() {
        return scroll;
    }

    /** Shows {@code reading}; the request size follows its last request unless the user picked one. */
    public void show(FragmentationReading reading) {
        shown = reading;
        heading.setText(reading.heading());
        failure.setText(reading.failure().map(f -> reading.live() ? liveFailureLine(f) : failureLine(f, reading.holders()))
                .orElse(reading.live() ? LIVE_FAILURES : NO_FAILURE));
        if (follow.getSelection()) {
            request.setSelection((int) Math.min(Integer.MAX_VALUE, Math.max(1, reading.lastUnits().orElse(1))));
        }
        refresh();
        heading.getParent().layout(true, true);
    }

    /**
     * Charts {@code series} for {@code chunk} (empty: the whole pool) below the numbers and lists its
     * failures; a click in either seeks with {@code seek}. Call {@link #setCursor} on every step.
     */
    public void showTrace(TraceSeries series, OptionalInt chunk, LongConsumer seek) {
        events.showTrace(series, chunk, seek);
    }

    /** Says below the numbers that live mode has no charts over events. */
    public void showLive() {
        events.showLive();
    }

    /** Marks event {@code seq} in the charts and the failure list. */
    public void setCursor(long seq) {
        events.setCursor(seq);
    }

    /** The charts over events: E and U(n), F and L, failures; empty in live mode. */
    public Optional<ChartStack> charts() {
        return events.charts();
    }

    /** The trace's failures; empty in live mode. */
    public Optional<FailureList> failures() {
        return events.failures();
    }

    /**
     * The failure line for {@code failure}: its F and L are those its search began on, not the table's after it;
     * then who held the pool then ({@link FailureText}).
     */
    public static String failureLine(FailedAlloc failure, List<Holder> holders) {
        return FailureText.of(failure, holders);
    }

    /** The failure line of the live pool's latest failure: its numbers are the pool's right after it. */
    public static String liveFailureLine(FailedAlloc failure) {
        return "Live: failed allocation " + MetricText.count(failure.at() + 1) + " of the demo (thread T"
                + failure.thread() + ", numbers as the pool stood right after it; only a trace can name a lost race): "
                + failure.describe();
    }

    /** The request size the table's n rows are for. */
    public long requestUnits() {
        return request.getSelection();
    }

    /** Picks the request size {@code n} by hand, as a user typing it does (the size stops following the last request). */
    public void pickRequest(int n) {
        follow.setSelection(false);
        request.setEnabled(true);
        request.setSelection(n);
        refresh();
    }

    private void refresh() {
        if (shown == null) {
            return;
        }
        ExtentStats stats = extents(shown.bits(), shown.chunk());
        table.show(stats, requestUnits(), shown.internalBytes());
        histogram.show(stats.histogram(), ExtentStats.lengthClass(Math.max(1, longestChunk(shown.bits(), shown.chunk()))));
    }

    /** The extents of the chosen chunk, or of every chunk side by side. */
    public static ExtentStats extents(PoolBits bits, OptionalInt chunk) {
        if (chunk.isPresent()) {
            return ExtentStats.ofChunk(bits.words(chunk.getAsInt()), bits.bitCount(chunk.getAsInt()));
        }
        List<ExtentStats> chunks = new ArrayList<>();
        for (int i = 0; i < bits.chunkCount(); i++) {
            chunks.add(ExtentStats.ofChunk(bits.words(i), bits.bitCount(i)));
        }
        return ExtentStats.combine(chunks);
    }

    /** The most units an extent could have: the chosen chunk's, or the largest chunk's. */
    private static long longestChunk(PoolBits bits, OptionalInt chunk) {
        long longest = 0;
        for (int i = 0; i < bits.chunkCount(); i++) {
            if (chunk.isEmpty() || chunk.getAsInt() == i) {
                longest = Math.max(longest, bits.bitCount(i));
            }
        }
        return longest;
    }

    public MetricsTable table() {
        return table;
    }

    public ExtentHistogram histogram() {
        return histogram;
    }

    /** The failure line's text. */
    public String failureText() {
        return failure.getText();
    }

    public String headingText() {
        return heading.getText();
    }
}
