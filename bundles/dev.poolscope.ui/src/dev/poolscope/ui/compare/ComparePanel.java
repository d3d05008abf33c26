package dev.poolscope.ui.compare;

import dev.poolscope.analysis.compare.Comparison;
import dev.poolscope.analysis.compare.Contender;
import dev.poolscope.analysis.compare.Findings;
import dev.poolscope.model.fragmentation.MetricText;
import dev.poolscope.ui.charts.ChartCanvas;
import dev.poolscope.ui.charts.CompareCharts;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/**
 * The Compare view's content for one trace: the contenders to compare (empty: every algorithm and
 * the v4 patch) and the request size of U(n) along the top; below, the table at the left, and the
 * chart of E over operations with the findings in words under it at the right. Each Compare press
 * (and the first showing) runs a {@link ComparisonJob}; picking another n only redraws the table.
 */
public final class ComparePanel {

    private static final int MAX_REQUEST_ORDER = 11;

    private final Path traceFile;
    private final int order;
    private final Composite root;
    private final Text contenders;
    private final Combo request;
    private final Label status;
    private final CompareTable table;
    private final Composite chartHolder;
    private final Text findings;
    private ChartCanvas chart;
    private Comparison comparison;
    private ComparisonJob job;

    /** @param order the trace's unit order (first-fit-align's default alignment is in its units) */
    public ComparePanel(Composite parent, Path traceFile, int order) {
        this.traceFile = traceFile;
        this.order = order;
        root = new Composite(parent, SWT.NONE);
        root.setLayout(new GridLayout(6, false));
        new Label(root, SWT.NONE).setText("Algorithms");
        contenders = new Text(root, SWT.BORDER);
        contenders.setMessage(Contender.ALGORITHMS + ", first-fit@v4-patch");
        contenders.setToolTipText("A comma-separated list, ALGORITHM[:BYTES][@VARIANT] each; empty: every algorithm "
                + "and first-fit on the v4 patch");
        contenders.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        Button compare = new Button(root, SWT.PUSH);
        compare.setText("Compare");
        new Label(root, SWT.NONE).setText("U(n) for n =");
        request = new Combo(root, SWT.READ_ONLY);
        for (int c = 0; c <= MAX_REQUEST_ORDER; c++) {
            request.add(MetricText.count(1L << c) + " units (" + MetricText.bytes(1L << (c + order)) + ")");
        }
        request.select(4);
        status = new Label(root, SWT.NONE);
        status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, false, false));
        SashForm across = new SashForm(root, SWT.HORIZONTAL);
        across.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 6, 1));
        table = new CompareTable(across);
        SashForm right = new SashForm(across, SWT.VERTICAL);
        chartHolder = new Composite(right, SWT.NONE);
        chartHolder.setLayout(new FillLayout());
        findings = new Text(right, SWT.MULTI | SWT.WRAP | SWT.READ_ONLY | SWT.V_SCROLL);
        right.setWeights(65, 35);
        across.setWeights(58, 42);
        compare.addListener(SWT.Selection, event -> start());
        contenders.addListener(SWT.DefaultSelection, event -> start());
        request.addListener(SWT.Selection, event -> showTable());
        root.addDisposeListener(event -> cancel());
        start();
    }

    public Composite control() {
        return root;
    }

    /** The table of the comparison shown. */
    public CompareTable table() {
        return table;
    }

    /** The comparison shown, once one has finished. */
    public Optional<Comparison> comparison() {
        return Optional.ofNullable(comparison);
    }

    /** The chart of the comparison shown, once one has finished. */
    public Optional<ChartCanvas> chart() {
        return Optional.ofNullable(chart);
    }

    /** The comparison running or last run. */
    public ComparisonJob job() {
        return job;
    }

    /** The request size (units) U(n) is shown for. */
    public long requestUnits() {
        return 1L << request.getSelectionIndex();
    }

    /** The findings as shown, one sentence a line. */
    public String findingsText() {
        return findings.getText();
    }

    /** Starts comparing the listed contenders, when the list reads; else says what is wrong with it. */
    private void start() {
        String list = contenders.getText().trim();
        try {
            if (!list.isEmpty()) {
                Contender.parseList(list, order);
            }
        } catch (IllegalArgumentException e) {
            status.setText(e.getMessage());
            root.layout(true, true);
            return;
        }
        cancel();
        status.setText("Replaying\u2026");
        root.layout(true, true);
        job = new ComparisonJob(traceFile, list.isEmpty() ? Optional.empty() : Optional.of(list), root.getDisplay(),
                this::show);
        job.schedule();
    }

    private void cancel() {
        if (job != null) {
            job.cancel();
        }
    }

    private void show(Comparison shown) {
        if (root.isDisposed()) {
            return;
        }
        comparison = shown;
        status.setText(MetricText.count(shown.log().operations()) + " operations of " + shown.log().source().getFileName()
                + ", the end of each replay");
        showTable();
        if (chart != null) {
            chart.control().dispose();
        }
        chart = new ChartCanvas(chartHolder, CompareCharts.external(shown), operations -> { });
        List<String> sentences = Findings.of(shown);
        findings.setText(String.join("\n", sentences));
        root.layout(true, true);
    }

    private void showTable() {
        if (comparison != null) {
            table.show(comparison, requestUnits());
        }
    }
}
