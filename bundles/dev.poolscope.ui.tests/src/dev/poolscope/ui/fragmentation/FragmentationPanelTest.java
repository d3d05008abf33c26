package dev.poolscope.ui.fragmentation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.poolscope.analysis.fragmentation.FragmentationMetric;
import dev.poolscope.analysis.fragmentation.MetricRows;
import dev.poolscope.core.GenPool;
import dev.poolscope.model.fragmentation.PoolBits;
import dev.poolscope.testkit.swt.ControlPixels;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Fragmentation panel on a real display, on a live pool whose extents are worked out by hand: two
 * chunks of 128 units; chunk 0 has units 0..4 and 6..39 allocated (extents: unit 5, units 40..127),
 * chunk 1 is empty (one extent of 128).
 */
class FragmentationPanelTest {

    private Shell shell;
    private FragmentationPanel panel;
    private PoolBits bits;

    @BeforeEach
    void openPanel() {
        shell = new Shell(Display.getDefault());
        shell.setLayout(new FillLayout());
        panel = new FragmentationPanel(shell);
        shell.setSize(900, 500);
        shell.open();
        GenPool pool = GenPool.create(5);
        pool.addChunk(0x1000_0000L, 0, 4096);
        pool.addChunk(0x2000_0000L, 0, 4096);
        pool.alloc(5 * 32);
        long single = pool.alloc(32);
        pool.alloc(34 * 32);
        pool.free(single, 32);
        bits = PoolBits.of(pool);
    }

    @AfterEach
    void closePanel() {
        shell.dispose();
    }

    @Test
    void oneChunksRowsAreTheHandWorkedValues() {
        panel.show(reading(OptionalInt.of(0), OptionalLong.of(16)));
        assertEquals(16, panel.requestUnits(), "the request size follows the last request");
        // F = 89, R = 2, L = 88, F/R = 44.5, E = 1 - 88/89; S(16) = 0 + 5 = 5, U = (89 - 80)/89;
        // aligned: 40..127 holds 16-slots at 48, 64, 80, 96, 112 = 5, Ua = U; FI = -1 (L >= 16)
        assertEquals(List.of("89", "2", "88", "44.5", "0.011", "0.101", "0.101", "-1.000", "24 B"), values());
        assertEquals(List.of("F", "R", "L", "F/R", "E", "U(16)", "Ua(16)", "FI(16)", "I"),
                panel.table().rows().stream().map(MetricRows.Row::symbol).toList());
        long[] expected = new long[8]; // classes 0..7: a chunk of 128 units
        expected[0] = 1;
        expected[6] = 1;
        assertArrayEquals(expected, panel.histogram().counts());

        panel.pickRequest(100);
        // no extent holds 100: S = 0, U = 1, FI = 1 - (1 + 89/100)/2
        assertEquals(List.of("89", "2", "88", "44.5", "0.011", "1.000", "1.000", "0.055", "24 B"), values());
        panel.show(reading(OptionalInt.of(0), OptionalLong.of(16)));
        assertEquals(100, panel.requestUnits(), "a size the user picked stays through later readings");
    }

    @Test
    void theWholePoolPutsTheChunksExtentsSideBySide() {
        panel.show(reading(OptionalInt.empty(), OptionalLong.empty()));
        assertEquals(1, panel.requestUnits(), "no request yet: n = 1");
        // F = 89 + 128, R = 3, L = 128, E = 1 - 128/217; U(1) = 0, FI(1) = -1
        assertEquals(List.of("217", "3", "128", "72.3", "0.410", "0.000", "0.000", "-1.000", "24 B"), values());
        assertEquals(FragmentationPanel.NO_FAILURE, panel.failureText());
        assertEquals("heading", panel.headingText());
    }

    @Test
    void pointingAtARowShowsItsFormula() {
        panel.show(reading(OptionalInt.of(0), OptionalLong.of(16)));
        ControlPixels.of(panel.control());
        Table table = panel.table().control();
        for (int row : new int[] {4, 7}) {
            Rectangle bounds = table.getItem(row).getBounds();
            Event move = new Event();
            move.x = bounds.x + 5;
            move.y = bounds.y + bounds.height / 2;
            table.notifyListeners(SWT.MouseMove, move);
            FragmentationMetric metric = row == 4 ? FragmentationMetric.EXTERNAL : FragmentationMetric.FRAGMENTATION_INDEX;
            assertEquals(metric.formula(), table.getToolTipText(), "row " + row);
        }
    }

    private FragmentationReading reading(OptionalInt chunk, OptionalLong lastUnits) {
        return new FragmentationReading("heading", false, bits, chunk, lastUnits, Optional.empty(), OptionalLong.of(24), List.of());
    }

    private List<String> values() {
        return panel.table().rows().stream().map(MetricRows.Row::value).toList();
    }
}
