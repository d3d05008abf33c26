package dev.poolscope.ui.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.poolscope.testkit.swt.DialogCatcher;
import dev.poolscope.testkit.swt.UiEvents;
import dev.poolscope.trace.explore.ExploreOptions;
import dev.poolscope.trace.explore.ExploreResult;
import dev.poolscope.trace.explore.ExploreTarget;
import dev.poolscope.trace.explore.Explorer;
import dev.poolscope.trace.run.RunPlan;
import dev.poolscope.trace.scenario.ScenarioFile;
import dev.poolscope.trace.scenario.ScenarioText;
import dev.poolscope.trace.scenario.Scenarios;
import dev.poolscope.ui.charts.ChartCanvas;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Explore panel's table, chart and double-click against the headless exploration of the same scenario. */
class ExplorePanelTest {

    private Shell shell;
    private final List<RunPlan.OfSchedule> recorded = new ArrayList<>();
    private ExplorePanel panel;

    @BeforeEach
    void open() {
        shell = new Shell();
        shell.setLayout(new FillLayout());
        shell.setSize(1200, 500);
        panel = new ExplorePanel(shell, recorded::add);
        shell.open();
    }

    @AfterEach
    void close() {
        shell.dispose();
    }

    @Test
    void theTableAndTheChartShowTheExplorationsOutcomesAndADoubleClickRecordsASchedule() throws Exception {
        panel.choose("cross-word-rollback", null);
        panel.explore();
        UiEvents.until(() -> panel.table().control().getItemCount() > 0, "the outcome table");
        ExploreTarget target = ExploreTarget.scenario(Scenarios.byName("cross-word-rollback"), null);
        ExploreResult expected = new Explorer(target.input(), ExploreOptions.defaults()).explore();

        Table table = panel.table().control();
        assertEquals(expected.rows().size(), table.getItemCount());
        for (int i = 0; i < table.getItemCount(); i++) {
            assertEquals(OutcomeTable.cells(i + 1, expected.rows().get(i)), cells(table, i));
        }
        ChartCanvas chart = panel.chart().orElseThrow();
        XYDataset bars = ((XYPlot) chart.chart().getPlot()).getDataset();
        assertEquals(expected.rows().size(), bars.getItemCount(0));
        for (int i = 0; i < expected.rows().size(); i++) {
            assertEquals(expected.rows().get(i).executions(), bars.getYValue(0, i));
        }

        int last = table.getItemCount() - 1;
        table.setSelection(last);
        table.notifyListeners(SWT.DefaultSelection, new Event());
        assertEquals(1, recorded.size());
        assertEquals(expected.rows().get(last).schedule(), recorded.get(0).schedule());
        assertEquals(target.header(), recorded.get(0).base());
        assertEquals(target.input().name(), recorded.get(0).input().name());
    }

    @Test
    void fromAFileReadsAScenarioOfTheUsersOwnAndExploresIt(@TempDir Path dir) throws Exception {
        String text = ScenarioText.write(Scenarios.byName("same-word-race")).replace("name: same-word-race", "name: mine");
        Path file = Files.writeString(dir.resolve("mine.scenario"), text);
        panel.chooseFilesWith(shell -> Optional.of(file));

        chooseFromFile();
        assertEquals("mine", panel.scenarioCombo().getText());
        panel.explore();
        UiEvents.until(() -> panel.table().control().getItemCount() > 0, "the outcome table");

        ExploreTarget target = ExploreTarget.scenario(ScenarioFile.read(file), null);
        ExploreResult expected = new Explorer(target.input(), ExploreOptions.defaults()).explore();
        assertEquals(expected.rows().size(), panel.table().control().getItemCount());
        assertEquals(ExplorePanel.FROM_FILE, panel.scenarioCombo().getItem(panel.scenarioCombo().getItemCount() - 1));
    }

    @Test
    void aMalformedFileIsNamedInADialogAndTheChoiceStays(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("bad.scenario"), "name: bad\npool:\n    order x\n");
        panel.chooseFilesWith(shell -> Optional.of(file));
        panel.choose("retry-storm", null);
        DialogCatcher errors = DialogCatcher.watch(shell.getDisplay(), ExplorePanel.FILE_ERROR_TITLE);
        try {
            chooseFromFile();
            List<String> messages = errors.await(10_000);
            assertEquals(1, messages.size(), messages::toString);
            assertTrue(messages.get(0).startsWith(file + ":"), messages.get(0));
        } finally {
            errors.stop();
        }
        assertEquals("retry-storm", panel.scenarioCombo().getText());
    }

    /** Picks From a file… in the scenario combo, as a user does. */
    private void chooseFromFile() {
        Combo combo = panel.scenarioCombo();
        combo.select(combo.indexOf(ExplorePanel.FROM_FILE));
        combo.notifyListeners(SWT.Selection, new Event());
    }

    @Test
    void aBadPreemptionBoundIsNamedAndNothingRuns() {
        panel.choose("cross-word-rollback", null);
        setBound("two");
        panel.explore();

        assertTrue(panel.problem().contains("not 'two'"), panel.problem());
        assertTrue(panel.job().isEmpty());
    }

    private void setBound(String text) {
        for (var child : panel.control().getChildren()) {
            if (child instanceof Text field && "no bound".equals(field.getMessage())) {
                field.setText(text);
            }
        }
    }

    private static List<String> cells(Table table, int row) {
        List<String> cells = new ArrayList<>();
        for (int c = 0; c < table.getColumnCount(); c++) {
            cells.add(table.getItem(row).getText(c));
        }
        return cells;
    }
}
