package dev.poolscope.ui.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.poolscope.testkit.swt.UiEvents;
import dev.poolscope.trace.explore.ExploreOptions;
import dev.poolscope.trace.explore.ExploreResult;
import dev.poolscope.trace.explore.ExploreTarget;
import dev.poolscope.trace.explore.Explorer;
import dev.poolscope.trace.run.RunPlan;
import dev.poolscope.trace.scenario.Scenarios;
import dev.poolscope.ui.charts.ChartCanvas;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

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
