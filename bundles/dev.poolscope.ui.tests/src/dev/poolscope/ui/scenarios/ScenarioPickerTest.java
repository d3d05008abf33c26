package dev.poolscope.ui.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.poolscope.testkit.swt.Widgets;
import dev.poolscope.trace.run.RunPlan;
import dev.poolscope.trace.scenario.Scenario;
import dev.poolscope.trace.scenario.Scenarios;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Scenarios view's widget on a real display: every scenario listed, the explanation following the selection, Run handing over the chosen variant. */
class ScenarioPickerTest {

    private Shell shell;
    private final List<RunPlan.OfScenario> runs = new ArrayList<>();
    private Table table;

    @BeforeEach
    void openPicker() {
        shell = new Shell(Display.getDefault());
        shell.setLayout(new FillLayout());
        ScenarioPicker picker = new ScenarioPicker(shell, Scenarios.all(), runs::add);
        shell.setSize(900, 500);
        shell.open();
        table = Widgets.all(picker.control(), Table.class).get(0);
    }

    @AfterEach
    void closePicker() {
        shell.dispose();
    }

    @Test
    void listsEveryScenarioByTitle() {
        List<Scenario> all = Scenarios.all();
        assertEquals(all.size(), table.getItemCount());
        for (int i = 0; i < all.size(); i++) {
            assertEquals(all.get(i).title(), table.getItem(i).getText());
        }
    }

    @Test
    void theTitleNameExplanationAndVariantsFollowTheSelection() {
        Text explanation = Widgets.all(shell, Text.class).get(0);
        Combo variant = Widgets.all(shell, Combo.class).get(0);
        assertEquals(Scenarios.all().get(0).explanation(), explanation.getText());
        for (int i = 0; i < Scenarios.all().size(); i++) {
            Scenario scenario = Scenarios.all().get(i);
            select(i);
            assertEquals(scenario.explanation(), explanation.getText(), scenario.name());
            List<String> labels = Widgets.all(shell, Label.class).stream().map(Label::getText).toList();
            assertTrue(labels.contains(scenario.title()), labels.toString());
            assertTrue(labels.stream().anyMatch(l -> l.startsWith(scenario.name() + ": ")), labels.toString());
            assertEquals(scenario.variants().stream().map(v -> v.id()).toList(), List.of(variant.getItems()));
            assertEquals(scenario.variants().size() > 1, variant.isEnabled(), scenario.name());
        }
    }

    @Test
    void runHandsOverTheScenarioUnderTheChosenVariant() {
        int sideBySide = Scenarios.all().indexOf(Scenarios.byName("locked-vs-lockless"));
        select(sideBySide);
        Combo variant = Widgets.all(shell, Combo.class).get(0);
        variant.select(1);
        Button run = Widgets.all(shell, Button.class).stream().filter(b -> "Run".equals(b.getText())).findFirst().orElseThrow();
        run.notifyListeners(SWT.Selection, new Event());

        Scenario scenario = Scenarios.byName("locked-vs-lockless");
        assertEquals(List.of(new RunPlan.OfScenario(scenario, scenario.variants().get(1))), runs);

        select(0);
        table.notifyListeners(SWT.DefaultSelection, new Event());
        Scenario first = Scenarios.all().get(0);
        assertEquals(List.of(new RunPlan.OfScenario(scenario, scenario.variants().get(1)),
                new RunPlan.OfScenario(first, first.pool().variant())), runs, "a double-click runs under the scenario's own variant");
    }

    /** Selects row {@code index} as a click does. */
    private void select(int index) {
        table.setSelection(index);
        table.notifyListeners(SWT.Selection, new Event());
    }
}
