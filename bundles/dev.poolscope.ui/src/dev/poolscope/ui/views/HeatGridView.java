package dev.poolscope.ui.views;

import dev.poolscope.ui.heatgrid.HeatGrid;
import dev.poolscope.ui.live.DemoWorkload;
import dev.poolscope.ui.live.SharedDemo;
import dev.poolscope.ui.live.Ticker;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.part.ViewPart;

/**
 * The Heat Grid view in live mode: the built-in demo workload runs on an embedded pool and every
 * chunk's bitmap is repainted at display rate. The line below the grid names the cell under the mouse.
 */
public final class HeatGridView extends ViewPart {

    public static final String ID = "dev.poolscope.ui.views.heatGrid";

    /** Milliseconds between repaints: about 30 frames a second. */
    static final int FRAME_MILLIS = 33;

    private static final String HOVER_HINT = "Point at a cell to see its bits and addresses.";

    private HeatGrid grid;

    @Override
    public void createPartControl(Composite parent) {
        DemoWorkload demo = SharedDemo.acquire();
        parent.setLayout(new GridLayout(1, false));
        Label mode = new Label(parent, SWT.NONE);
        mode.setText(String.format("LIVE · demo workload: %d threads allocating and freeing at random · pool: %s, "
                + "min order %d, %s", demo.threadCount(), demo.pool().variant().title(), demo.pool().minAllocOrder(),
                demo.pool().algorithm().describe()));
        Label hover = new Label(parent, SWT.NONE);
        grid = new HeatGrid(parent, demo.pool(), text -> hover.setText(text.isEmpty() ? HOVER_HINT : text));
        grid.control().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        hover.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        hover.moveBelow(grid.control());
        hover.setText(HOVER_HINT);
        Ticker.every(grid.control(), FRAME_MILLIS, grid::refresh);
    }

    @Override
    public void setFocus() {
        grid.control().setFocus();
    }

    @Override
    public void dispose() {
        SharedDemo.release();
        super.dispose();
    }
}
