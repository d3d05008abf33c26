package dev.poolscope.ui.explore;

import dev.poolscope.core.Variant;
import dev.poolscope.core.io.FileOperationException;
import dev.poolscope.trace.explore.ExploreOptions;
import dev.poolscope.trace.explore.ExploreResult;
import dev.poolscope.trace.explore.ExploreTarget;
import dev.poolscope.trace.explore.OutcomeRow;
import dev.poolscope.trace.run.RunPlan;
import dev.poolscope.trace.scenario.Scenario;
import dev.poolscope.trace.scenario.ScenarioFile;
import dev.poolscope.trace.scenario.ScenarioFormatException;
import dev.poolscope.trace.scenario.Scenarios;
import dev.poolscope.trace.workload.Workload;
import dev.poolscope.ui.charts.ChartCanvas;
import dev.poolscope.ui.charts.ExploreCharts;
import dev.poolscope.ui.session.TraceErrors;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * The Explore view's content: what to explore (a named scenario, a scenario file read with From a
 * file…, or a workload's one-line text),
 * under which variant and how (reduction, preemption bound); Explore runs an {@link ExploreJob},
 * whose result fills the outcome table (left) and the bar chart (right), the totals under them.
 * The scenario editor's Run hands over a scenario of the user's own to explore instead.
 * A double-click on an outcome hands {@code record} the recording of its schedule.
 */
public final class ExplorePanel {

    /** The variant combo's first entry: the input's own variant. */
    static final String OWN_VARIANT = "its own variant";
    /** The scenario combo's last entry, which reads a scenario file of the user's own. */
    static final String FROM_FILE = "From a file…";
    /** The dialog title when a scenario file cannot be read. */
    public static final String FILE_ERROR_TITLE = "Cannot read scenario";
    private static final int COLUMNS = 4;

    private final Composite root;
    private final Combo scenario;
    private final Text workload;
    private final Combo variant;
    private final Button reduction;
    private final Text preemptionBound;
    private final Label problem;
    private final OutcomeTable table;
    private final Composite chartHolder;
    private final Label totals;
    private final Consumer<RunPlan.OfSchedule> record;
    private ChartCanvas chart;
    private ExploreTarget target;
    private ExploreJob job;
    /** The scenarios read from files, by name, which the scenario combo lists before {@link #FROM_FILE}. */
    private final Map<String, Scenario> fromFiles = new HashMap<>();
    private Function<Shell, Optional<Path>> chooseFile = ExplorePanel::fileDialog;
    private int shownScenario;

    public ExplorePanel(Composite parent, Consumer<RunPlan.OfSchedule> record) {
        this.record = record;
        root = new Composite(parent, SWT.NONE);
        // two rows of controls: what to explore, then how; a narrow view (a 1366x768 screen) has room for four a row
        root.setLayout(new GridLayout(COLUMNS, false));
        new Label(root, SWT.NONE).setText("Scenario");
        scenario = new Combo(root, SWT.READ_ONLY);
        Scenarios.all().forEach(s -> scenario.add(s.name()));
        scenario.add(FROM_FILE);
        scenario.select(0);
        scenario.addListener(SWT.Selection, e -> scenarioChosen());
        new Label(root, SWT.NONE).setText("or workload");
        workload = new Text(root, SWT.BORDER);
        workload.setMessage("threads=2 ops=2 chunks=2KiB@0x10000000");
        workload.setToolTipText("A small workload in its one-line form; when given, it is explored instead of the scenario");
        workload.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        variant = new Combo(root, SWT.READ_ONLY);
        variant.add(OWN_VARIANT);
        for (Variant v : Variant.values()) {
            variant.add(v.id());
        }
        variant.select(0);
        reduction = new Button(root, SWT.CHECK);
        reduction.setText("Reduction");
        reduction.setSelection(true);
        reduction.setToolTipText("Run one order of steps that commute (partial-order reduction); off: every schedule");
        preemptionBound = new Text(root, SWT.BORDER);
        preemptionBound.setMessage("no bound");
        preemptionBound.setToolTipText("Preemption bound: at most this many switches away from a thread that could go on");
        GridData boundData = new GridData(SWT.LEFT, SWT.CENTER, false, false);
        boundData.widthHint = 140;
        preemptionBound.setLayoutData(boundData);
        Button explore = new Button(root, SWT.PUSH);
        explore.setText("Explore");
        explore.addListener(SWT.Selection, e -> explore());
        problem = new Label(root, SWT.WRAP);
        problem.setLayoutData(wrapping());
        SashForm across = new SashForm(root, SWT.HORIZONTAL);
        across.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, COLUMNS, 1));
        table = new OutcomeTable(across, this::open);
        chartHolder = new Composite(across, SWT.NONE);
        chartHolder.setLayout(new FillLayout());
        across.setWeights(3, 2);
        totals = new Label(root, SWT.WRAP);
        totals.setLayoutData(wrapping());
        totals.setText("Pick a scenario or write a workload, then Explore: every schedule, up to steps that commute.");
        root.addDisposeListener(e -> cancel());
    }

    public Composite control() {
        return root;
    }

    /** A label's layout across the panel that wraps at its width (a small width hint lets it take the width given). */
    private static GridData wrapping() {
        GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false, COLUMNS, 1);
        data.widthHint = 1;
        return data;
    }

    /** Selects the named scenario, clears the workload and picks {@code variantId} (null: the input's own). */
    public void choose(String scenarioName, String variantId) {
        scenario.select(scenario.indexOf(scenarioName));
        shownScenario = scenario.getSelectionIndex();
        workload.setText("");
        variant.select(variantId == null ? 0 : variant.indexOf(variantId));
    }

    /** The scenario combo's choice: From a file… reads one and lists it; a file that cannot be read is named in a dialog. */
    private void scenarioChosen() {
        if (!FROM_FILE.equals(scenario.getText())) {
            shownScenario = scenario.getSelectionIndex();
            return;
        }
        scenario.select(shownScenario); // until a file is read, what was chosen before stays
        Optional<Path> file = chooseFile.apply(root.getShell());
        if (file.isEmpty()) {
            return;
        }
        try {
            Scenario read = ScenarioFile.read(file.get());
            if (fromFiles.put(read.name(), read) == null && scenario.indexOf(read.name()) < 0) {
                scenario.add(read.name(), scenario.getItemCount() - 1);
            }
            scenario.select(scenario.indexOf(read.name()));
            shownScenario = scenario.getSelectionIndex();
            workload.setText("");
        } catch (FileOperationException | ScenarioFormatException e) {
            TraceErrors.show(root.getDisplay(), FILE_ERROR_TITLE, e.getMessage());
        }
    }

    private static Optional<Path> fileDialog(Shell shell) {
        FileDialog files = new FileDialog(shell, SWT.OPEN);
        files.setText("Explore a scenario file");
        files.setFilterExtensions(new String[] {"*.scenario", "*"});
        return Optional.ofNullable(files.open()).map(Path::of);
    }

    /** Reads the files From a file… asks for with {@code chooser} instead of a file dialog, for tests. */
    void chooseFilesWith(Function<Shell, Optional<Path>> chooser) {
        chooseFile = chooser;
    }

    /** The scenario combo, for tests. */
    Combo scenarioCombo() {
        return scenario;
    }

    /** The job of the last Explore press, if any. */
    public Optional<ExploreJob> job() {
        return Optional.ofNullable(job);
    }

    /** Starts an exploration of what the controls say; a control that says something wrong is named instead. */
    public void explore() {
        start(this::target);
    }

    /**
     * Starts an exploration of {@code given}, a scenario the Scenario combo does not list (one the
     * user wrote), under {@code under}, or its own variant when null; the reduction and the bound
     * are the controls'.
     */
    public void explore(Scenario given, Variant under) {
        start(() -> ExploreTarget.scenario(given, under));
    }

    /** Explores what {@code input} says, saying what is explored until the result comes. */
    private void start(Supplier<ExploreTarget> input) {
        try {
            target = input.get();
            ExploreOptions options = ExploreOptions.defaults().withReduction(reduction.getSelection())
                    .withPreemptionBound(bound());
            problem.setText("");
            totals.setText("Exploring every schedule of " + target.input().name() + "...");
            cancel();
            job = new ExploreJob(target.input(), options, root.getDisplay(), this::show);
            job.schedule();
        } catch (IllegalArgumentException e) {
            problem.setText(e.getMessage());
        }
        root.layout(true, true);
    }

    /** Shows {@code result}: the table, the chart and the totals. */
    void show(ExploreResult result) {
        if (root.isDisposed()) {
            return;
        }
        table.show(result);
        if (chart != null) {
            chart.control().dispose();
        }
        chart = new ChartCanvas(chartHolder, ExploreCharts.outcomes(result), number -> table.select((int) number));
        chartHolder.layout(true, true);
        totals.setText(result.totals() + ". " + result.summary());
        root.layout(true, true);
    }

    private ExploreTarget target() {
        Variant under = variant.getSelectionIndex() <= 0 ? null : Variant.byId(variant.getText());
        String text = workload.getText().trim();
        if (!text.isEmpty()) {
            return ExploreTarget.workload(Workload.parse(text), under);
        }
        Scenario chosen = fromFiles.containsKey(scenario.getText()) ? fromFiles.get(scenario.getText())
                : Scenarios.byName(scenario.getText());
        return ExploreTarget.scenario(chosen, under);
    }

    private int bound() {
        String text = preemptionBound.getText().trim();
        try {
            return text.isEmpty() ? -1 : Integer.parseUnsignedInt(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("the preemption bound must be a whole number from 0, or empty for none, not '"
                    + text + "'");
        }
    }

    private void open(OutcomeRow row) {
        if (target != null) {
            record.accept(target.plan(row.schedule()));
        }
    }

    private void cancel() {
        if (job != null) {
            job.cancel();
        }
    }

    OutcomeTable table() {
        return table;
    }

    Optional<ChartCanvas> chart() {
        return Optional.ofNullable(chart);
    }

    /** What is wrong with the controls' values, empty when nothing is. */
    String problem() {
        return problem.getText();
    }
}
