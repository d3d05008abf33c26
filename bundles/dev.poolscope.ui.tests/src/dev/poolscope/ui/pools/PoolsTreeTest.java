package dev.poolscope.ui.pools;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.poolscope.core.GenPool;
import dev.poolscope.model.pools.PoolFigures;

import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Pools tree on a real SWT display: a pool row, its chunk rows, and rows that follow the pool. */
class PoolsTreeTest {

    private Display display;
    private Shell shell;

    @BeforeEach
    void openShell() {
        display = Display.getDefault();
        shell = new Shell(display);
        shell.setLayout(new FillLayout());
    }

    @AfterEach
    void closeShell() {
        shell.dispose();
    }

    @Test
    void showsThePoolAndItsChunksAndFollowsAllocations() {
        GenPool pool = GenPool.create(5);
        pool.addChunk(0x1000_0000L, 0, 4096);
        pool.addChunk(0x2000_0000L, 0, 2048);
        PoolsTree tree = new PoolsTree(shell, () -> PoolFigures.of("test pool", pool));
        shell.setSize(900, 300);
        shell.open();
        drain();

        TreeItem poolRow = tree.control().getItem(0);
        assertEquals(1, tree.control().getItemCount());
        assertEquals("test pool", poolRow.getText(0));
        assertEquals(2, poolRow.getItemCount());
        assertEquals("chunk 1", poolRow.getItem(0).getText(0), "list order: the newest chunk first");
        assertEquals("0.0 %", poolRow.getItem(0).getText(4));

        pool.alloc(1024);
        tree.refresh();
        drain();
        assertEquals("50.0 %", tree.control().getItem(0).getItem(0).getText(4));
        assertEquals("1 KiB", tree.control().getItem(0).getItem(0).getText(3));
    }

    private void drain() {
        while (display.readAndDispatch()) {
            // let the tree lay out and paint
        }
    }
}
