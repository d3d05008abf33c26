package dev.poolscope.ui.views;

import dev.poolscope.analysis.failure.FailedAlloc;
import dev.poolscope.analysis.fragmentation.InternalFragmentation;
import dev.poolscope.model.AllocationSpan;
import dev.poolscope.model.ReplayModel;
import dev.poolscope.model.fragmentation.MetricText;
import dev.poolscope.model.fragmentation.PoolBits;
import dev.poolscope.model.fragmentation.RequestsAt;
import dev.poolscope.model.holders.Holder;
import dev.poolscope.model.holders.Holders;
import dev.poolscope.ui.fragmentation.FailureList;
import dev.poolscope.ui.fragmentation.FragmentationPanel;
import dev.poolscope.ui.fragmentation.FragmentationReading;
import dev.poolscope.ui.live.DemoShare;
import dev.poolscope.ui.live.Ticker;
import dev.poolscope.ui.session.ChunkChoice;
import dev.poolscope.ui.session.SessionListener;
import dev.poolscope.ui.session.Sessions;
import dev.poolscope.ui.session.TraceChoice;
import dev.poolscope.ui.session.TraceErrors;
import dev.poolscope.ui.session.TraceSession;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.part.ViewPart;

/**
 * The Fragmentation view: the free extents of the chunk picked in the Pools view or the Heat Grid,
 * or of the whole pool when none is, as metrics and a histogram ({@link FragmentationPanel}). With a
 * trace open, at the current event (and, at a failed allocation, why it failed, from the trace's
 * fragmentation series), with the trace's failures and charts over its events below; in live mode,
 * the demo pool, read again four times a second.
 */
public final class FragmentationView extends ViewPart implements SessionListener {

    public static final String ID = "dev.poolscope.ui.views.fragmentation";

    private final Sessions sessions = Sessions.workbench();
    private final DemoShare demo = new DemoShare(); // held while the view is in live mode
    private final Consumer<OptionalInt> chosen = chunk -> showNow();
    private Composite holder;
    private FragmentationPanel panel;
    private PairChoice choice;

    @Override
    public void createPartControl(Composite parent) {
        holder = new Composite(parent, SWT.NONE);
        holder.setLayout(new FillLayout());
        choice = PairChoice.branchOrParent(getViewSite().getActionBars(), sessions, this, this::setContentDescription);
        sessions.addListener(this);
        ChunkChoice.workbench().addListener(chosen);
        sessions.retell(this);
    }

    @Override
    public TraceChoice shows() {
        return choice.shown().trace();
    }

    @Override
    public void sessionChanged(Optional<TraceSession> session) {
        if (panel != null) {
            panel.control().dispose();
        }
        panel = new FragmentationPanel(holder);
        if (session.isPresent()) {
            demo.giveBack();
        } else {
            demo.take();
            Ticker.every(panel.control(), () -> PoolsView.REFRESH_MILLIS, this::showNow);
        }
        showNow();
        holder.layout(true, true);
        choice.follow(sessions);
    }

    @Override
    public void seqChanged(TraceSession session, long seq) {
        showNow();
    }

    /** Shows the trace this view shows at the current event, or the live pool now. */
    private void showNow() {
        Optional<TraceSession> session = sessions.shown(shows());
        if (session.isEmpty()) {
            PoolBits bits = PoolBits.of(demo.take().pool());
            OptionalInt chunk = chunkIn(bits);
            panel.show(new FragmentationReading(scope(bits, chunk) + " \u00b7 live demo pool", true, bits, chunk,
                    OptionalLong.empty(), demo.take().failures().last(), OptionalLong.empty(), List.of()));
            panel.showLive();
            return;
        }
        long seq = sessions.seqIn(session.get());
        try {
            FragmentationReading reading = traceReading(session.get(), seq);
            panel.show(reading);
            panel.showTrace(session.get().series(), reading.chunk(), sessions::seek);
            panel.setCursor(seq);
        } catch (IOException e) {
            TraceErrors.showStepFailure(session.get().file(), e, seq);
        }
    }

    /** The trace at {@code seq}: one state read (the one the other views asked the model for at this step). */
    private FragmentationReading traceReading(TraceSession session, long seq) throws IOException {
        ReplayModel model = session.model();
        PoolBits bits = PoolBits.of(model.header(), model.stateAt(seq));
        OptionalInt chunk = chunkIn(bits);
        String heading = scope(bits, chunk) + " \u00b7 after event " + MetricText.count(seq) + " of "
                + MetricText.count(model.lastSeq());
        // the reason comes from the one pass that opened the trace, which saw where each search began
        Optional<FailedAlloc> failure = FailureList.at(session.series().fragmentation().failures(), seq);
        // who held the pool, read only at a failure, shares lostBytes' scan of the live allocations (liveAt keeps its last)
        List<Holder> holders = failure.isPresent() ? Holders.at(model, seq) : List.of();
        return new FragmentationReading(heading, false, bits, chunk, RequestsAt.lastUnits(model, seq), failure,
                OptionalLong.of(lostBytes(model, seq, chunk)), holders);
    }

    /** The bytes the allocations live after {@code seq} (in the chosen chunk, or anywhere) lose to rounding. */
    private static long lostBytes(ReplayModel model, long seq, OptionalInt chunk) {
        long[] sizes = model.allocations().liveAt(seq).stream()
                .filter(span -> chunk.isEmpty() || span.chunk() == chunk.getAsInt()).mapToLong(AllocationSpan::size)
                .toArray();
        return InternalFragmentation.lostBytes(sizes, model.header().minAllocOrder());
    }

    /** The chosen chunk if the pool has it, else the whole pool. */
    private static OptionalInt chunkIn(PoolBits bits) {
        OptionalInt chunk = ChunkChoice.workbench().chunk();
        return chunk.isPresent() && chunk.getAsInt() < bits.chunkCount() ? chunk : OptionalInt.empty();
    }

    /** Which extents the view reads; the Pools view's rows and the Heat Grid's chunks pick one. */
    private static String scope(PoolBits bits, OptionalInt chunk) {
        return chunk.isPresent()
                ? "Chunk " + chunk.getAsInt() + " of " + bits.chunkCount() + " (" + MetricText.count(bits.bitCount(chunk.getAsInt()))
                        + " units)"
                : "Whole pool (" + bits.chunkCount() + (bits.chunkCount() == 1 ? " chunk)" : " chunks)");
    }

    /** The panel shown. */
    public FragmentationPanel panel() {
        return panel;
    }

    @Override
    public void setFocus() {
        panel.control().setFocus();
    }

    @Override
    public void dispose() {
        sessions.removeListener(this);
        ChunkChoice.workbench().removeListener(chosen);
        demo.giveBack();
        super.dispose();
    }
}
