package dev.poolscope.ui.scenarios;

import dev.poolscope.core.Variant;
import dev.poolscope.trace.run.RunPlan;
import dev.poolscope.trace.scenario.Scenario;

import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

/**
 * The named scenarios beside the explanation of the selected one: what happens, what to watch and
 * the variants it runs under. Run (or a double-click on a scenario) hands the scenario and the
 * chosen variant to {@code run}; a side-by-side scenario offers each of its variants.
 */
public final class ScenarioPicker {

    private final List<Scenario> scenarios;
    private final Consumer<RunPlan.OfScenario> run;
    private final SashForm sash;
    private final Table table;
    private final Label title;
    private final Text explanation;
    private final Label variants;
    private final Combo variant;
    private final Button runButton;

    /** @param run records and opens the chosen scenario */
    public ScenarioPicker(Composite parent, List<Scenario> scenarios, Consumer<RunPlan.OfScenario> run) {
        this.scenarios = List.copyOf(scenarios);
        this.run = run;
        // list above details: the view sits in the perspective's narrow left column
        sash = new SashForm(parent, SWT.VERTICAL);
        table = new Table(sash, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER);
        TableColumn titleColumn = new TableColumn(table, SWT.LEFT);
        for (Scenario scenario : this.scenarios) {
            new TableItem(table, SWT.NONE).setText(scenario.title());
        }
        // the one column fills the list; a title longer than that is cut, and shown whole below it
        table.addListener(SWT.Resize, e -> titleColumn.setWidth(table.getClientArea().width));

        Composite details = new Composite(sash, SWT.NONE);
        details.setLayout(new GridLayout(3, false));
        title = new Label(details, SWT.WRAP);
        title.setFont(JFaceResources.getBannerFont());
        title.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 3, 1));
        explanation = new Text(details, SWT.READ_ONLY | SWT.WRAP | SWT.MULTI | SWT.V_SCROLL);
        GridData explanationData = new GridData(SWT.FILL, SWT.FILL, true, true, 3, 1);
        explanationData.widthHint = 200;
        explanation.setLayoutData(explanationData);
        variants = new Label(details, SWT.WRAP);
        variants.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 3, 1));
        new Label(details, SWT.NONE).setText("Run under:");
        variant = new Combo(details, SWT.READ_ONLY);
        runButton = new Button(details, SWT.PUSH);
        runButton.setText("Run");
        runButton.setToolTipText("Record the scenario under the controlled scheduler and open it at its first interesting event");
        sash.setWeights(3, 7);

        table.addListener(SWT.Selection, e -> show(table.getSelectionIndex()));
        table.addListener(SWT.DefaultSelection, e -> runSelected());
        runButton.addListener(SWT.Selection, e -> runSelected());
        table.select(0);
        show(0);
    }

    public Control control() {
        return sash;
    }

    private Scenario selected() {
        return scenarios.get(table.getSelectionIndex());
    }

    /** The variant to run under: the scenario's own unless another of its variants is picked. */
    private Variant chosenVariant() {
        return selected().variants().get(variant.getSelectionIndex());
    }

    /** Runs the selected scenario under the chosen variant. */
    private void runSelected() {
        run.accept(new RunPlan.OfScenario(selected(), chosenVariant()));
    }

    private void show(int index) {
        Scenario scenario = scenarios.get(index);
        title.setText(scenario.title());
        explanation.setText(scenario.explanation());
        List<Variant> runsUnder = scenario.variants();
        variants.setText(scenario.name() + ": " + (runsUnder.size() == 1 ? "runs under " + runsUnder.get(0).id() + "."
                : "side by side, runs under " + runsUnder.stream().map(Variant::id).collect(Collectors.joining(", "))
                        + "; pick one to record."));
        variant.setItems(runsUnder.stream().map(Variant::id).toArray(String[]::new));
        variant.select(0);
        variant.setEnabled(runsUnder.size() > 1);
        title.getParent().layout(true, true);
    }
}
