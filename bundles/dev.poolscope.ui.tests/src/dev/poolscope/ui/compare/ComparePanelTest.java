package dev.poolscope.ui.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.poolscope.analysis.compare.Comparison;
import dev.poolscope.analysis.compare.ComparisonRow;
import dev.poolscope.analysis.compare.Contender;
import dev.poolscope.analysis.compare.Findings;
import dev.poolscope.analysis.failure.FailureReason;
import dev.poolscope.analysis.log.AllocationLog;
import dev.poolscope.analysis.log.TraceOperations;
import dev.poolscope.testkit.Recorded;
import dev.poolscope.testkit.swt.UiEvents;
import dev.poolscope.testkit.swt.Widgets;
import dev.poolscope.trace.file.TraceFile;
import dev.poolscope.trace.workload.PoolSpec;
import dev.poolscope.trace.workload.Workload;
import dev.poolscope.ui.charts.ChartCanvas;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Compare panel's rows, chart and findings against {@link Comparison#run} on the same operations. */
class ComparePanelTest {

    @TempDir
    Path dir;

    private Shell shell;
    private Path trace;

    @BeforeEach
    void recordAFragmentingTrace() throws Exception {
        trace = dir.resolve("mixed.pstrace");
        Recorded.toFile(Workload.parse("threads=2 ops=1500 fill=0.97 sizes=uniform:32..3000 chunks=32KiB@0x10000000 "
                + "seed=5"), trace);
        shell = new Shell();
        shell.setLayout(new FillLayout());
        shell.setSize(1300, 500);
        shell.open();
    }

    @AfterEach
    void close() {
        shell.dispose();
    }

    @Test
    void everyDefaultContendersRowChartLineAndFindingAreComparisonRunsOnTheTracesOperations() throws Exception {
        ComparePanel panel = shown(new ComparePanel(shell, trace, 5));
        Comparison expected = expected(Contender.defaults(5));
        Table table = panel.table().control();
        assertEquals(expected.results().size(), table.getItemCount());
        assertTrue(expected.results().stream().anyMatch(result -> result.last().failed() > 0),
                "the pool is full enough for some allocs to fail");
        for (int i = 0; i < table.getItemCount(); i++) {
            assertRow(expected.results().get(i).last(), table.getItem(i), panel.requestUnits());
        }
        XYDataset lines = chartData(panel);
        assertEquals(expected.results().size(), lines.getSeriesCount());
        for (int s = 0; s < lines.getSeriesCount(); s++) {
            List<ComparisonRow> rows = expected.results().get(s).rows();
            assertEquals(ComparisonJob.CHECKPOINTS, lines.getItemCount(s));
            for (int k = 0; k < rows.size(); k++) {
                assertEquals(rows.get(k).afterOps(), lines.getXValue(s, k));
                assertEquals(rows.get(k).extents().external(), lines.getYValue(s, k));
            }
        }
        assertEquals(ComparePanel.heading(expected) + "\n" + String.join("\n", Findings.of(expected)),
                panel.findingsText());
    }

    @Test
    void anotherRequestSizeShowsItsUnusableIndexWithoutReplaying() throws Exception {
        ComparePanel panel = shown(new ComparePanel(shell, trace, 5));
        ComparisonJob ran = panel.job();
        Combo request = Widgets.all(panel.control(), Combo.class).get(0);
        request.select(7);
        request.notifyListeners(SWT.Selection, null);
        assertEquals(128, panel.requestUnits());
        assertEquals("U(128)", panel.table().control().getColumn(CompareTable.COLUMNS.size() - 1).getText());
        Comparison expected = expected(Contender.defaults(5));
        for (int i = 0; i < expected.results().size(); i++) {
            assertRow(expected.results().get(i).last(), panel.table().control().getItem(i), 128);
        }
        assertEquals(ran, panel.job(), "no second replay");
    }

    @Test
    void aListOfContendersIsComparedInItsOrderAndABadOneIsNamedWithoutAReplay() throws Exception {
        ComparePanel panel = shown(new ComparePanel(shell, trace, 5));
        Text list = Widgets.all(panel.control(), Text.class).get(0);
        Button compare = Widgets.all(panel.control(), Button.class).get(0);
        list.setText("best-fit, first-fit@v4-patch");
        compare.notifyListeners(SWT.Selection, null);
        UiEvents.until(() -> panel.comparison().orElseThrow().results().size() == 2, "the second comparison");
        Comparison expected = expected(Contender.parseList("best-fit,first-fit@v4-patch", 5));
        for (int i = 0; i < 2; i++) {
            assertRow(expected.results().get(i).last(), panel.table().control().getItem(i), panel.requestUnits());
        }
        ComparisonJob ran = panel.job();
        list.setText("best-fit,worst-fit");
        compare.notifyListeners(SWT.Selection, null);
        assertEquals(ran, panel.job(), "a bad list starts nothing");
        String problem = Widgets.all(panel.control(), Label.class).stream().map(Label::getText)
                .filter(text -> text.contains("worst-fit")).findFirst().orElse(null);
        assertTrue(problem != null && problem.contains("unknown algorithm 'worst-fit'"), "problem: " + problem);
    }

    private static void assertRow(ComparisonRow row, TableItem item, long n) {
        assertEquals("\u25a0 " + row.contender(), item.getText(0));
        assertEquals(row.allocs(), number(item.getText(1)));
        assertEquals(row.failed(), number(item.getText(2)));
        for (FailureReason reason : FailureReason.values()) {
            assertEquals(row.failed(reason) > 0, item.getText(3).contains(String.format(Locale.ROOT, "%s %,d", reason.label(), row.failed(reason))),
                    row.contender() + " " + reason + ": " + item.getText(3));
        }
        assertEquals(row.freesSkipped(), number(item.getText(4)));
        assertEquals(row.extents().free(), number(item.getText(5)));
        assertEquals(row.extents().extents(), number(item.getText(6)));
        assertEquals(row.extents().largest(), number(item.getText(7)));
        assertEquals(row.extents().external(), Double.parseDouble(item.getText(8)), 0.0005);
        assertEquals(row.internalBytes(), number(item.getText(9)));
        assertEquals(row.availBytes(), number(item.getText(10)));
        assertEquals(row.extents().unusable(n), Double.parseDouble(item.getText(11)), 0.0005);
    }

    private static long number(String text) {
        return Long.parseLong(text.replace(",", "").replace(" B", ""));
    }

    private Comparison expected(List<Contender> contenders) throws Exception {
        try (TraceFile file = TraceFile.open(trace)) {
            AllocationLog log = TraceOperations.read(file, trace);
            PoolSpec pool = TraceOperations.poolOf(file.header());
            return Comparison.run(log, pool, contenders, ComparisonJob.CHECKPOINTS, Comparison.defaultRequestUnits());
        }
    }

    private static ComparePanel shown(ComparePanel panel) {
        panel.control().getParent().layout(true, true);
        UiEvents.until(() -> panel.comparison().isPresent(), "the comparison");
        return panel;
    }

    private static XYDataset chartData(ComparePanel panel) {
        ChartCanvas chart = panel.chart().orElseThrow();
        assertTrue(chart.control().isVisible());
        return ((XYPlot) chart.chart().getPlot()).getDataset();
    }
}
