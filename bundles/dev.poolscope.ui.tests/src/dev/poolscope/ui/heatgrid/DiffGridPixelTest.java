package dev.poolscope.ui.heatgrid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.poolscope.model.ReplayModel;
import dev.poolscope.model.explain.EventBitmap;
import dev.poolscope.testkit.BranchPair;
import dev.poolscope.testkit.swt.ControlPixels;
import dev.poolscope.trace.file.TraceFile;
import dev.poolscope.trace.scenario.Scenarios;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The diff mode on a real SWT display, a branch against its parent read back pixel by pixel: every
 * bit's cell has the colour of who holds it, told from the two traces' own bitmaps.
 */
class DiffGridPixelTest {

    @TempDir
    Path dir;

    private Display display;
    private Shell shell;
    private TraceFile branchFile;
    private TraceFile parentFile;
    private ReplayModel branch;
    private ReplayModel parent;
    private DiffGrid grid;
    private final List<String> hovered = new ArrayList<>();

    @BeforeEach
    void openGrid() throws Exception {
        BranchPair pair = BranchPair.record(dir, Scenarios.byName("same-word-race"), 2);
        branchFile = TraceFile.open(pair.branch());
        parentFile = TraceFile.open(pair.parent());
        branch = ReplayModel.open(branchFile);
        parent = ReplayModel.open(parentFile);
        display = Display.getDefault();
        shell = new Shell(display);
        shell.setLayout(new FillLayout());
        grid = new DiffGrid(shell, hovered::add);
        shell.setSize(1000, 700);
        shell.open();
    }

    @AfterEach
    void closeGrid() throws Exception {
        shell.dispose();
        branchFile.close();
        parentFile.close();
    }

    @Test
    void eachBitsCellHasTheColourOfWhoHoldsIt() throws Exception {
        long seq = firstDifference();
        grid.show(branch, seq, "branch.pstrace", parent, seq, "parent.pstrace");
        ImageData pixels = ControlPixels.of(grid.control());
        long[] inBranch = EventBitmap.at(branch, seq).state().words(0);
        long[] inParent = EventBitmap.at(parent, seq).state().words(0);

        int differing = 0;
        for (long bit = 0; bit < 128; bit++) {
            boolean b = (inBranch[(int) (bit >>> 6)] & 1L << bit) != 0;
            boolean p = (inParent[(int) (bit >>> 6)] & 1L << bit) != 0;
            int expected = b && !p ? DiffCells.ONLY_FIRST : p && !b ? DiffCells.ONLY_SECOND
                    : b ? DiffCells.BOTH : Palette.colours().free();
            differing += b != p ? 1 : 0;
            assertEquals(rgb(expected), centre(pixels, bit), "bit " + bit + (b ? " set" : " free") + " in the branch, "
                    + (p ? "set" : "free") + " in the parent, at event " + seq);
        }
        assertTrue(differing > 0, "the two differ at event " + seq);
        assertEquals(differing, grid.differingBits());
    }

    @Test
    void theHoverAndTheLegendNameTheTraces() throws Exception {
        long seq = firstDifference();
        grid.show(branch, seq, "branch.pstrace", parent, seq, "parent.pstrace");
        ControlPixels.of(grid.control());
        long[] inBranch = EventBitmap.at(branch, seq).state().words(0);
        long[] inParent = EventBitmap.at(parent, seq).state().words(0);
        long only = Long.numberOfTrailingZeros(inBranch[0] & ~inParent[0] | (inParent[0] & ~inBranch[0]));
        boolean inBranchOnly = (inBranch[0] & 1L << only) != 0;

        Rectangle square = grid.cellOnCanvas(0, only);
        String text = grid.describe(square.x + 1, square.y + 1);
        assertTrue(text.endsWith(inBranchOnly ? "set in branch.pstrace only" : "set in parent.pstrace only"), text);
        assertEquals(List.of("set in branch.pstrace only", "set in parent.pstrace only", "set in both", "free in both"),
                grid.legend().stream().map(CellArt.LegendEntry::label).toList());
    }

    /** The first event after the branch point where the two bitmaps differ. */
    private long firstDifference() throws Exception {
        for (long seq = 0; seq <= Math.min(branch.lastSeq(), parent.lastSeq()); seq++) {
            long[] a = EventBitmap.at(branch, seq).state().words(0);
            long[] b = EventBitmap.at(parent, seq).state().words(0);
            if (a[0] != b[0] || a[1] != b[1]) {
                return seq;
            }
        }
        throw new AssertionError("the branch's bitmap never differs from its parent's");
    }

    private RGB centre(ImageData pixels, long bit) {
        Rectangle square = grid.cellOnCanvas(0, bit);
        return pixel(pixels, square.x + square.width / 2, square.y + square.height / 2);
    }

    private static RGB pixel(ImageData pixels, int x, int y) {
        return pixels.palette.getRGB(pixels.getPixel(x, y));
    }

    private static RGB rgb(int value) {
        return new RGB((value >> 16) & 0xff, (value >> 8) & 0xff, value & 0xff);
    }
}
