package dev.poolscope.model.explain;

import dev.poolscope.core.WordMasks;
import dev.poolscope.model.AllocationSpan;
import dev.poolscope.model.PoolState;
import dev.poolscope.model.ReplayModel;
import dev.poolscope.model.Rollback;
import dev.poolscope.model.Step;
import dev.poolscope.model.ThreadPosition;
import dev.poolscope.trace.Event;
import dev.poolscope.trace.TraceHeader;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.ToIntFunction;

/**
 * Every chunk's bitmap at one event with what a picture of it marks: the bits the event changed,
 * the bits each thread holds of a half-done multi-word set (and whether a rollback is clearing
 * them), the contested words (the word of a failed CAS, the word a set lost on), and the owner of
 * every set bit. Gathered once per event; the queries are then pure.
 */
public final class EventBitmap {

    /** A word of a chunk's bitmap. */
    public record WordRef(int chunk, int word) {
    }

    private final long seq;
    private final PoolState before;
    private final PoolState after;
    private final List<HalfDoneSet> halfDone;
    private final List<WordRef> contested;
    private final OwnerRuns[] owners;

    private EventBitmap(long seq, PoolState before, PoolState after, List<HalfDoneSet> halfDone,
            List<WordRef> contested, OwnerRuns[] owners) {
        this.seq = seq;
        this.before = before;
        this.after = after;
        this.halfDone = List.copyOf(halfDone);
        this.contested = List.copyOf(contested);
        this.owners = owners;
    }

    /**
     * The bitmap after event {@code seq} of {@code model}. When the trace has no event {@code seq}
     * (a gap), it is the state after the last event before, with nothing changed and no failed CAS.
     */
    public static EventBitmap at(ReplayModel model, long seq) throws IOException {
        Optional<Event> event = model.eventAt(seq);
        PoolState after = model.stateAt(seq);
        PoolState before = event.isPresent() ? model.stateAt(seq - 1) : after;
        TraceHeader header = model.header();
        List<HalfDoneSet> halfDone = new ArrayList<>();
        List<WordRef> contested = new ArrayList<>();
        if (event.isPresent() && event.get().casFailed()) {
            contested.add(new WordRef(event.get().chunk(), (int) event.get().p0()));
        }
        for (ThreadPosition position : after.threads()) {
            Optional<Event> last = position.lastSeq() < 0 ? Optional.empty() : model.eventAt(position.lastSeq());
            if (last.isPresent()) {
                Optional<Rollback> rollback = EventContext.currentRollback(model.rollbacks(), last.get(), position);
                HalfDoneSet.of(position, last.get(), TargetRange.of(position, header), rollback)
                        .ifPresent(halfDone::add);
                if (position.step() == Step.ROLLBACK && position.chunk() >= 0) {
                    WordRef lost = new WordRef(position.chunk(), rollback.map(Rollback::lostWord).orElse(position.word()));
                    if (lost.word() >= 0 && !contested.contains(lost)) {
                        contested.add(lost);
                    }
                }
            }
        }
        return new EventBitmap(seq, before, after, halfDone, contested,
                owners(header, model.allocations().liveAt(seq), halfDone, after));
    }

    private static OwnerRuns[] owners(TraceHeader header, List<AllocationSpan> live, List<HalfDoneSet> halfDone,
            PoolState state) {
        List<List<OwnerRuns.Run>> candidates = new ArrayList<>();
        for (int chunk = 0; chunk < state.chunkCount(); chunk++) {
            candidates.add(new ArrayList<>());
        }
        for (AllocationSpan span : live) {
            BitOwner owner = new BitOwner(span.thread(), span.size(), span.address(), span.chunk(), span.startBit(),
                    span.nbits(), span.setSeq(), false, false, header.label(span.label()));
            candidates.get(span.chunk()).add(new OwnerRuns.Run(span.startBit(), span.startBit() + span.nbits(),
                    span.setSeq(), owner));
        }
        for (HalfDoneSet set : halfDone) {
            ThreadPosition position = state.thread(set.thread());
            TargetRange range = TargetRange.of(position, header).orElseThrow();
            BitOwner owner = new BitOwner(set.thread(), position.size(), position.address(), set.chunk(),
                    range.start(), range.nbits(), -1, true, set.rollingBack());
            // bits being set now were set after every completed allocation's
            candidates.get(set.chunk()).add(new OwnerRuns.Run(set.startBit(), set.startBit() + set.nbits(),
                    Long.MAX_VALUE, owner));
        }
        OwnerRuns[] runs = new OwnerRuns[candidates.size()];
        for (int chunk = 0; chunk < runs.length; chunk++) {
            runs[chunk] = OwnerRuns.of(candidates.get(chunk));
        }
        return runs;
    }

    /** The event; the state is the one after it. */
    public long seq() {
        return seq;
    }

    /** The pool after the event. */
    public PoolState state() {
        return after;
    }

    public boolean isSet(int chunk, long bit) {
        return after.isSet(chunk, bit);
    }

    /** The bits of word {@code word} of {@code chunk} that the event changed. */
    public long changed(int chunk, int word) {
        return before.word(chunk, word) ^ after.word(chunk, word);
    }

    /** Every thread's half-done multi-word set, by thread. */
    public List<HalfDoneSet> halfDoneSets() {
        return halfDone;
    }

    /** The bits of word {@code word} of {@code chunk} that some thread holds half-done. */
    public long halfDone(int chunk, int word) {
        return heldBits(chunk, word, false);
    }

    /** The half-done bits of word {@code word} of {@code chunk} that a rollback is clearing or about to clear. */
    public long rollingBack(int chunk, int word) {
        return heldBits(chunk, word, true);
    }

    private long heldBits(int chunk, int word, boolean rollingBackOnly) {
        long bits = 0;
        for (HalfDoneSet set : halfDone) {
            if (set.chunk() == chunk && (set.rollingBack() || !rollingBackOnly)) {
                bits |= set.bitsIn(word);
            }
        }
        return bits;
    }

    /** The words fought over at this event: the word of a failed CAS, the word each rolling-back set lost on. */
    public List<WordRef> contestedWords() {
        return contested;
    }

    /** The owner of bit {@code bit} of {@code chunk}; empty for a free bit or a set bit whose allocation the trace does not show. */
    public Optional<BitOwner> owner(int chunk, long bit) {
        if (!after.isSet(chunk, bit)) {
            return Optional.empty();
        }
        OwnerRuns runs = owners[chunk];
        int index = runs.floor(bit);
        return index >= 0 && bit < runs.get(index).end() ? Optional.of(runs.get(index).owner()) : Optional.empty();
    }

    /**
     * The thread that owns most of the set bits {@code [first, first + count)} of {@code chunk} (the
     * lowest thread number on a tie), or -1 when none of them has a known owning thread (free, or set
     * at the start of the trace).
     */
    public int mainOwner(int chunk, long first, long count) {
        // units set at the start have no thread
        return mainSlot(chunk, first, count, owner -> owner.heldSinceStart() ? -1 : owner.thread(), after.threadCount());
    }

    /**
     * The slot of {@code slots} whose owners hold most of the set bits {@code [first, first + count)}
     * of {@code chunk} (the lowest slot on a tie), or -1 when none does; {@code slotOf} puts an owner
     * in a slot, or in none (-1).
     */
    public int mainSlot(int chunk, long first, long count, ToIntFunction<BitOwner> slotOf, int slots) {
        OwnerRuns runs = owners[chunk];
        long[] perSlot = new long[slots];
        long end = first + count;
        for (int i = Math.max(0, runs.floor(first)); i < runs.size() && runs.get(i).start() < end; i++) {
            OwnerRuns.Run run = runs.get(i);
            int slot = slotOf.applyAsInt(run.owner());
            if (slot >= 0) {
                perSlot[slot] += setBits(chunk, Math.max(first, run.start()), Math.min(end, run.end()));
            }
        }
        int best = -1;
        for (int slot = 0; slot < perSlot.length; slot++) {
            if (perSlot[slot] > 0 && (best < 0 || perSlot[slot] > perSlot[best])) {
                best = slot;
            }
        }
        return best;
    }

    /** Set bits in {@code [from, to)} of {@code chunk}; 0 when the range is empty. */
    public long setBits(int chunk, long from, long to) {
        long count = 0;
        for (long bit = from; bit < to; ) {
            int word = (int) (bit >>> 6);
            long wordEnd = Math.min(to, ((long) word + 1) << 6);
            count += Long.bitCount(after.word(chunk, word) & WordMasks.within(bit, wordEnd));
            bit = wordEnd;
        }
        return count;
    }
}
