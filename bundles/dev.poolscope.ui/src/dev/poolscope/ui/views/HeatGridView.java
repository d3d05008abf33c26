package dev.poolscope.ui.views;

import dev.poolscope.ui.heatgrid.DiffGrid;
import dev.poolscope.ui.heatgrid.LiveGrid;
import dev.poolscope.ui.heatgrid.TraceGrid;
import dev.poolscope.ui.live.DemoShare;
import dev.poolscope.ui.live.DemoWorkload;
import dev.poolscope.ui.live.Ticker;
import dev.poolscope.ui.prefs.PoolscopePreferences;
import dev.poolscope.ui.session.ChunkChoice;
import dev.poolscope.ui.session.SessionListener;
import dev.poolscope.ui.session.Sessions;
import dev.poolscope.ui.session.TraceChoice;
import dev.poolscope.ui.session.TraceSession;

import java.util.List;
import java.util.Optional;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.resource.ResourceLocator;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.part.ViewPart;

/**
 * The Heat Grid view. In live mode (no trace open) the built-in demo workload runs on an embedded
 * pool and every chunk's bitmap is repainted at the rate the preferences set (30 frames a second by default); in trace mode it shows the open
 * trace's bitmap at the current event ({@link TraceGrid}), following {@link Sessions#workbench()}.
 * The top line names the mode; the line below the grid names the cell under the mouse. The demo
 * runs only while the view is in live mode. A toolbar toggle (remembered) shades free cells by the
 * length class of their free extent; another, for a trace with labels (an imported capture), colours
 * set bits by their allocation's caller, on by default there; a click on a chunk picks it for the
 * views that read one chunk. While a branch is open beside its parent, the toolbar chooses between
 * the two grids side by side (the default), either alone, and the diff of the two ({@link HeatGridTraces}).
 */
public final class HeatGridView extends ViewPart implements SessionListener {

    public static final String ID = "dev.poolscope.ui.views.heatGrid";

    private static final String HOVER_HINT = "Point at a cell to see its bits and addresses. Ctrl+wheel or +/- zoom.";
    private static final String TRACE_HINT = "Point at a cell to see its bits and their owner. Ctrl+wheel or +/- zoom.";

    /** The tooltip of the toolbar toggle of colouring by caller. */
    public static final String COLOUR_BY_CALLER = "Colour allocations by their caller (the trace's labels) instead of by thread";

    /** The tooltip of the toolbar toggle of the extent overlay. */
    public static final String SHADE_EXTENTS = "Shade free cells by the length of their free extent";

    private Label mode;
    private Label hover;
    private Control grid;
    private HeatGridTraces traces;
    private LiveGrid liveGrid;
    private PairChoice choice;
    private Action shadeExtents;
    private Action colourByCaller;
    private final DemoShare demo = new DemoShare(); // held while the view is in live mode

    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        mode = new Label(parent, SWT.NONE);
        mode.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        hover = new Label(parent, SWT.NONE);
        hover.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        shadeExtents = new Action(SHADE_EXTENTS, IAction.AS_CHECK_BOX) {
            @Override
            public void run() {
                PoolscopePreferences.setExtentShading(isChecked());
                applyShading();
            }
        };
        shadeExtents.setImageDescriptor(
                ResourceLocator.imageDescriptorFromBundle(HeatGridView.class, "icons/shade_extents.png").orElse(null));
        shadeExtents.setChecked(PoolscopePreferences.extentShading());
        colourByCaller = new Action(COLOUR_BY_CALLER, IAction.AS_CHECK_BOX) {
            @Override
            public void run() {
                if (traces != null) {
                    traces.grids().forEach(g -> g.setColourByCaller(isChecked()));
                    traces.show();
                }
            }
        };
        colourByCaller.setImageDescriptor(
                ResourceLocator.imageDescriptorFromBundle(HeatGridView.class, "icons/colour_callers.png").orElse(null));
        colourByCaller.setEnabled(false);
        // the extent toggle stays rightmost, where it has always been
        getViewSite().getActionBars().getToolBarManager().add(colourByCaller);
        getViewSite().getActionBars().getToolBarManager().add(shadeExtents);
        choice = new PairChoice(getViewSite().getActionBars(),
                List.of(PairShown.SIDE_BY_SIDE, PairShown.BRANCH, PairShown.PARENT, PairShown.DIFF),
                shown -> Sessions.workbench().retell(this), line -> {
                    // the grids' own lines say which trace each shows
                });
        Sessions.workbench().addListener(this);
        sessionChanged(Sessions.workbench().current());
    }

    @Override
    public TraceChoice shows() {
        return choice.shown().trace();
    }

    /** The toolbar's choice of what to show of a branch and its parent. */
    PairChoice pairChoice() {
        return choice;
    }

    /** The overlay as the toggle says, on whichever grid is shown. */
    private void applyShading() {
        boolean on = shadeExtents.isChecked();
        if (traces != null) {
            traces.setExtentShading(on);
        }
        if (liveGrid != null) {
            liveGrid.setExtentShading(on);
        }
    }

    /** The toolbar toggle of colouring by caller: enabled, and on by default, for a trace with labels. */
    public IAction colourByCallerAction() {
        return colourByCaller;
    }

    /** The toolbar toggle of the extent overlay. */
    public IAction shadeExtentsAction() {
        return shadeExtents;
    }

    @Override
    public void sessionChanged(Optional<TraceSession> session) {
        if (grid != null) {
            grid.dispose();
            traces = null;
            liveGrid = null;
        }
        choice.follow(Sessions.workbench());
        if (session.isPresent()) {
            demo.giveBack();
            showTrace(session.get());
        } else {
            showLive();
        }
        grid.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        grid.moveAbove(hover);
        grid.getParent().layout(true, true);
        applyShading();
    }

    @Override
    public void seqChanged(TraceSession session, long seq) {
        if (traces != null) {
            traces.show();
            mode.setText(traces.heading());
        }
    }

    private void showLive() {
        colourByCaller.setEnabled(false);
        colourByCaller.setChecked(false);
        DemoWorkload running = demo.take();
        mode.setText(String.format("LIVE · demo workload: %d threads allocating and freeing at random · pool: %s, "
                + "min order %d, %s", running.threadCount(), running.pool().variant().title(),
                running.pool().minAllocOrder(), running.pool().algorithm().describe()));
        LiveGrid live = new LiveGrid(mode.getParent(), running.pool(), text -> hover.setText(text.isEmpty() ? HOVER_HINT : text));
        live.onChunkClicked(ChunkChoice.workbench()::choose);
        liveGrid = live;
        grid = live.control();
        hover.setText(HOVER_HINT);
        Ticker.every(grid, PoolscopePreferences::repaintMillis, live::refresh);
    }

    private void showTrace(TraceSession session) {
        traces = new HeatGridTraces(mode.getParent(), Sessions.workbench(), choice.shown(),
                text -> hover.setText(text.isEmpty() ? TRACE_HINT : text));
        boolean labelled = !session.model().header().labels().isEmpty();
        colourByCaller.setEnabled(labelled);
        colourByCaller.setChecked(labelled);
        traces.grids().forEach(g -> g.setColourByCaller(labelled));
        grid = traces.control();
        hover.setText(TRACE_HINT);
        traces.show();
        mode.setText(traces.heading());
    }

    /** The trace grid while a trace is open (the branch's, side by side); empty in live mode and in diff mode. */
    public Optional<TraceGrid> traceGrid() {
        return traces == null || traces.grids().isEmpty() ? Optional.empty() : Optional.of(traces.grids().get(0));
    }

    /** The trace grids shown: one, or the branch's and its parent's side by side; none in live or diff mode. */
    public List<TraceGrid> traceGrids() {
        return traces == null ? List.of() : traces.grids();
    }

    /** The diff grid, in diff mode. */
    public Optional<DiffGrid> diffGrid() {
        return traces == null ? Optional.empty() : traces.diff();
    }

    @Override
    public void setFocus() {
        grid.setFocus();
    }

    @Override
    public void dispose() {
        Sessions.workbench().removeListener(this);
        demo.giveBack();
        super.dispose();
    }
}
