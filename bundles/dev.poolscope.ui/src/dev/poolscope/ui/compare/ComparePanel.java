package dev.poolscope.ui.compare;

import dev.poolscope.analysis.compare.Comparison;
import dev.poolscope.analysis.compare.Contender;
import dev.poolscope.analysis.compare.Findings;
import dev.poolscope.model.fragmentation.MetricText;
import dev.poolscope.ui.charts.ChartCanvas;
import dev.poolscope.ui.charts.CompareCharts;

import java.nio.file.Path;
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
    /** The chart's tooltip: whose line is whose. */
    static final String CHART_TIP = "One line per row of the table, in the colour of its algorithm's name";

    private final Path traceFile;
    private final int order;
    private final Composite root;
    private final Text contenders;
    private final Combo request;
    /** A problem with the list of algorithms; hidden while there is none. */
    private final Label problem;
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
        root.setLayout(new GridLayout(5, false));
        new Label(root, SWT.NONE).setText("Algorithms");
        contenders = new Text(root, SWT.BORDER);
        contenders.setMessage("every algorithm, and first-fit@v4-patch");
        contenders.setToolTipText("A comma-separated list, ALGORITHM[:BYTES][@VARIANT] each, ALGORITHM one of "
                + Contender.ALGORITHMS + "; empty: every algorithm and first-fit on the v4 patch");
        GridData listData = new GridData(SWT.FILL, SWT.CENTER, true, false);
        listData.widthHint = 160;
        contenders.setLayoutData(listData);
        Button compare = new Button(root, SWT.PUSH);
        compare.setText("Compare");
        new Label(root, SWT.NONE).setText("U(n) for n =");
        request = new Combo(root, SWT.READ_ONLY);
        for (int c = 0; c <= MAX_REQUEST_ORDER; c++) {
            request.add(MetricText.count(1L << c) + " units (" + MetricText.bytes(1L << (c + order)) + ")");
        }
        request.select(4);
        problem = new Label(root, SWT.WRAP);
        problem.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 5, 1));
        SashForm across = new SashForm(root, SWT.HORIZONTAL);
        across.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 5, 1));
        table = new CompareTable(across);
        SashForm right = new SashForm(across, SWT.VERTICAL);
        chartHolder = new Composite(right, SWT.NONE);
        chartHolder.setLayout(new FillLayout());
        findings = new Text(right, SWT.MULTI | SWT.WRAP | SWT.READ_ONLY | SWT.V_SCROLL);
        right.setWeights(70, 30); // the findings scroll; the chart needs the height for a plot in a short view
        across.setWeights(55, 45);
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

    /** The findings as shown: a line saying what was replayed, then one sentence a line. */
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
            say(e.getMessage());
            return;
        }
        cancel();
        say(null);
        findings.setText("Replaying the operations through each algorithm\u2026");
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
        showTable();
        if (chart != null) {
            chart.control().dispose();
        }
        chart = new ChartCanvas(chartHolder, CompareCharts.external(shown), operations -> { });
        chart.control().setToolTipText(CHART_TIP);
        findings.setText(heading(shown) + "\n" + String.join("\n", Findings.of(shown)));
        root.layout(true, true);
    }

    /** What was replayed: the first line of the findings. */
    static String heading(Comparison shown) {
        return "After all " + MetricText.count(shown.log().operations()) + " operations of "
                + shown.log().source().getFileName() + ":";
    }

    /** Shows a problem with the list above the table, or hides the line when {@code text} is null. */
    private void say(String text) {
        problem.setText(text == null ? "" : text);
        problem.setVisible(text != null);
        ((GridData) problem.getLayoutData()).exclude = text == null;
        root.layout(true, true);
    }

    private void showTable() {
        if (comparison != null) {
            table.show(comparison, requestUnits());
        }
    }
}
