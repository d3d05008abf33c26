package dev.poolscope.ui.views;

import dev.poolscope.model.holders.Holders;
import dev.poolscope.model.pools.PoolFigures;
import dev.poolscope.ui.live.DemoShare;
import dev.poolscope.ui.live.DemoWorkload;
import dev.poolscope.ui.live.Ticker;
import dev.poolscope.ui.pools.HoldersTable;
import dev.poolscope.ui.pools.PoolsTree;
import dev.poolscope.ui.session.ChunkChoice;
import dev.poolscope.ui.session.SessionListener;
import dev.poolscope.ui.session.Sessions;
import dev.poolscope.ui.session.TraceChoice;
import dev.poolscope.ui.session.TraceSession;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.part.ViewPart;

/**
 * The Pools view: the pool and its chunks (in list order, the order every search visits them) with
 * address range, size, avail and how much is allocated. In live mode the demo pool, refreshed four
 * times a second; with a trace open, the recorded pool at the current event. Selecting a chunk's row
 * picks it for the views that read one chunk ({@link ChunkChoice}). With a trace open, below the
 * chunks, who holds the pool at the current event ({@link Holders}: bytes held per caller).
 */
public final class PoolsView extends ViewPart implements SessionListener {

    public static final String ID = "dev.poolscope.ui.views.pools";

    static final int REFRESH_MILLIS = 250;

    private final Sessions sessions = Sessions.workbench();
    private Composite frame;
    private Composite content;
    private PoolsTree tree;
    private HoldersTable holders; // with a trace open only
    private final DemoShare demo = new DemoShare(); // held while the view is in live mode
    private PairChoice choice;

    @Override
    public void createPartControl(Composite parent) {
        frame = new Composite(parent, SWT.NONE);
        frame.setLayout(new FillLayout());
        choice = PairChoice.branchOrParent(getViewSite().getActionBars(), sessions, this, this::setContentDescription);
        sessions.addListener(this);
        sessions.retell(this);
    }

    @Override
    public TraceChoice shows() {
        return choice.shown().trace();
    }

    @Override
    public void sessionChanged(Optional<TraceSession> session) {
        if (content != null) {
            content.dispose();
            holders = null;
        }
        if (session.isPresent()) {
            demo.giveBack();
            TraceSession trace = session.get();
            SashForm split = new SashForm(frame, SWT.VERTICAL);
            content = split;
            tree = new PoolsTree(split, () -> figuresAt(trace, sessions.seqIn(trace)));
            holders = new HoldersTable(split, () -> Holders.at(trace.model(), sessions.seqIn(trace)));
            split.setWeights(45, 55);
        } else {
            DemoWorkload live = demo.take();
            content = new Composite(frame, SWT.NONE);
            content.setLayout(new FillLayout());
            tree = new PoolsTree(content, () -> PoolFigures.of("demo pool (live)", live.pool()));
            Ticker.every(tree.control(), () -> REFRESH_MILLIS, tree::refresh);
        }
        tree.onChunkSelected(ChunkChoice.workbench()::choose);
        frame.layout(true, true);
        choice.follow(sessions);
    }

    @Override
    public void seqChanged(TraceSession session, long seq) {
        tree.refresh();
        if (holders != null) {
            holders.refresh();
        }
    }

    /** Who holds the pool at the current event; empty in live mode. */
    public Optional<HoldersTable> holders() {
        return Optional.ofNullable(holders);
    }

    /** The tree, for the workbench tests that read what the view shows after a failed step. */
    public PoolsTree tree() {
        return tree;
    }

    @Override
    public void setFocus() {
        tree.control().setFocus();
    }

    @Override
    public void dispose() {
        sessions.removeListener(this);
        demo.giveBack();
        super.dispose();
    }

    private static PoolFigures figuresAt(TraceSession session, long seq) {
        try {
            return PoolFigures.of(session.name() + " @ event " + String.format(Locale.ROOT, "%,d", seq), session.model().header(),
                    session.model().stateAt(seq));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + session.file() + " at event " + seq, e);
        }
    }
}
