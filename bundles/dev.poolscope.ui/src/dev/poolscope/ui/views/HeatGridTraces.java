package dev.poolscope.ui.views;

import dev.poolscope.ui.heatgrid.DiffGrid;
import dev.poolscope.ui.heatgrid.TraceGrid;
import dev.poolscope.ui.mode.ModeText;
import dev.poolscope.ui.session.ChunkChoice;
import dev.poolscope.ui.session.Sessions;
import dev.poolscope.ui.session.TraceSession;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;

/**
 * The Heat Grid's trace mode: one trace's grid; or, while a branch is open beside its parent, the
 * two grids side by side, each under a line naming its trace and event, or the diff of the two.
 * Every grid is a {@link TraceGrid} or a {@link DiffGrid}; this only lays them out and feeds them.
 */
final class HeatGridTraces {

    private final Sessions sessions;
    private final PairShown shown;
    private final Control control;
    private final List<TraceGrid> grids = new ArrayList<>();
    private final List<Label> headings = new ArrayList<>();
    private DiffGrid diff;

    /**
     * @param shown what to show of a branch and its parent: {@link PairShown#BRANCH} or {@link PairShown#PARENT}
     *              shows that trace's grid alone, as with one trace open
     */
    HeatGridTraces(Composite parent, Sessions sessions, PairShown shown, Consumer<String> hover) {
        this.sessions = sessions;
        this.shown = sessions.parent().isPresent() ? shown : PairShown.BRANCH;
        this.control = switch (this.shown) {
            case SIDE_BY_SIDE -> sideBySide(parent, hover);
            case DIFF -> diff(parent, hover);
            case BRANCH, PARENT -> grid(parent, hover);
        };
    }

    private Control grid(Composite parent, Consumer<String> hover) {
        TraceGrid grid = new TraceGrid(parent, hover);
        grid.onChunkClicked(ChunkChoice.workbench()::choose);
        grids.add(grid);
        return grid.control();
    }

    private Control sideBySide(Composite parent, Consumer<String> hover) {
        SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
        for (int i = 0; i < 2; i++) {
            Composite column = new Composite(sash, SWT.NONE);
            GridLayout layout = new GridLayout(1, false);
            layout.marginWidth = 0;
            layout.marginHeight = 0;
            column.setLayout(layout);
            Label heading = new Label(column, SWT.NONE);
            heading.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
            headings.add(heading);
            grid(column, hover).setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        }
        return sash;
    }

    private Control diff(Composite parent, Consumer<String> hover) {
        diff = new DiffGrid(parent, hover);
        return diff.control();
    }

    Control control() {
        return control;
    }

    /** Shows the event the sessions show now, in every grid. */
    void show() {
        TraceSession branch = sessions.current().orElseThrow();
        switch (shown) {
            case SIDE_BY_SIDE -> {
                TraceSession parent = sessions.parent().orElseThrow();
                showIn(0, branch, "Branch ");
                showIn(1, parent, "Parent ");
            }
            case DIFF -> {
                TraceSession parent = sessions.parent().orElseThrow();
                diff.show(branch.model(), sessions.seqIn(branch), branch.name(), parent.model(), sessions.seqIn(parent),
                        parent.name());
            }
            case BRANCH, PARENT -> {
                TraceSession one = sessions.shown(shown.trace()).orElseThrow();
                grids.get(0).show(one.model(), sessions.seqIn(one));
            }
        }
    }

    private void showIn(int column, TraceSession session, String role) {
        long seq = sessions.seqIn(session);
        grids.get(column).show(session.model(), seq);
        headings.get(column).setText(role + session.name() + " · " + ModeText.position(seq, session.model().lastSeq()));
    }

    /** The line over the grids: the trace and event, or for a pair what is shown of it. */
    String heading() {
        TraceSession branch = sessions.current().orElseThrow();
        return switch (shown) {
            case SIDE_BY_SIDE -> "TRACE · " + PairChoice.line(sessions, false);
            case DIFF -> ModeText.diffHeading(diff.differingBits(), branch.name(), sessions.parent().orElseThrow().name(),
                    sessions.seq());
            case BRANCH, PARENT -> {
                TraceSession one = sessions.shown(shown.trace()).orElseThrow();
                yield ModeText.traceHeading(one.name(), sessions.seqIn(one), one.model().lastSeq());
            }
        };
    }

    /** The trace grids shown: one, or the branch's and the parent's side by side; none in diff mode. */
    List<TraceGrid> grids() {
        return grids;
    }

    /** The diff grid, in diff mode. */
    Optional<DiffGrid> diff() {
        return Optional.ofNullable(diff);
    }

    /** The extent overlay on or off, in every grid. */
    void setExtentShading(boolean on) {
        grids.forEach(g -> g.setExtentShading(on));
        if (diff != null) {
            diff.setExtentShading(on);
        }
    }
}
