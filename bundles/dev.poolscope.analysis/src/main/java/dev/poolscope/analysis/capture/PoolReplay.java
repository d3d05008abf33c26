package dev.poolscope.analysis.capture;

import dev.poolscope.core.Algorithm;
import dev.poolscope.core.Chunk;
import dev.poolscope.core.GenPool;
import dev.poolscope.core.InvalidFreeException;
import dev.poolscope.core.InvalidPlacementException;
import dev.poolscope.core.Probe;
import dev.poolscope.core.Variant;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * One pool of a capture replayed through a mainline {@link GenPool} in seq order (the kernel's
 * completion order), checking every allocation against the kernel's result (see FidelityCheck).
 * After a divergence the kernel's result is taken (the replay's undone, the kernel's placed), so
 * later results are still checked from the kernel's state.
 */
final class PoolReplay {

    private final CapturedPool pool;
    private final String label;
    private final Optional<LostRecords> loss;
    private final Overlaps overlaps;
    private final ReplayObserver observer;
    private GenPool replay;
    private String start = "none";
    private long allocs;
    private long allocsFailed;
    private long kernelFailed;
    private long frees;
    private long freesFailed;
    private long overlapped;
    private final AlgorithmsUsed algorithms = new AlgorithmsUsed();
    /** Seqs of overlapped frees applied before their turn, because an overlapped alloc reused their units. */
    private final Set<Long> freedEarly = new HashSet<>();
    private final List<Divergence> divergences = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();
    private final Set<String> unreplayable = new LinkedHashSet<>();
    private EndComparison end;

    /** @param loss the first loss of records in the pool's life, after which nothing is checked */
    PoolReplay(CapturedPool pool, String label, Optional<LostRecords> loss, ReplayObserver observer) {
        this.pool = pool;
        this.label = label;
        this.loss = loss;
        this.observer = observer;
        this.overlaps = new Overlaps(pool.records().stream().filter(r -> isChecked(r) && r instanceof CaptureEvent)
                .map(CaptureEvent.class::cast).toList());
    }

    PoolFidelity run() {
        start();
        for (CaptureRecord record : pool.records()) {
            if (replay != null && isChecked(record) && record != pool.start().orElse(null)) {
                take(record);
            }
        }
        int early = freedEarly.size();
        if (early > 0) {
            notes.add(String.format(Locale.ROOT, "%,d overlapped free%s applied before %s completion: an overlapped alloc that "
                    + "completed first had reused the units", early, early == 1 ? "" : "s", early == 1 ? "its" : "their"));
        }
        if (end == null) {
            end = new EndComparison(pool.endSnapshot().isEmpty() ? EndComparison.State.NO_SNAPSHOT
                    : EndComparison.State.NOT_REACHED, "");
        }
        Optional<String> incomplete = loss.map(l -> String.format(Locale.ROOT,
                "%,d records lost at seq %d (%s): the pool's %,d records after it are not checked", l.count(), l.seq(),
                l.reason(), pool.records().stream().filter(r -> r.seq() > l.seq()).count()));
        return new PoolFidelity(label, pool.name(), pool.order(), replay == null ? 0 : replay.chunks().size(),
                algorithms.described(), start, allocs, allocs - allocsFailed, allocsFailed, kernelFailed, frees,
                freesFailed, overlapped, overlaps.reordered(), divergences, notes, List.copyOf(problems), end, incomplete);
    }

    private boolean isChecked(CaptureRecord record) {
        return loss.isEmpty() || record.seq() < loss.get().seq();
    }

    private void start() {
        CaptureRecord first = pool.start().orElse(null);
        if (first == null) {
            problems.add("no start: neither its create nor a first snapshot is in the capture (seq " + pool.firstSeq()
                    + " is its first record), so nothing of it can be replayed");
            return;
        }
        try {
            if (first instanceof CaptureEvent.Create create) {
                replay = GenPool.create(create.order(), Variant.MAINLINE, observer.probe());
                start = "created";
            } else {
                fromSnapshot((PoolSnapshot) first);
                start = "snapshot";
            }
        } catch (IllegalArgumentException e) { // an order or chunk the allocator does not hold
            replay = null;
            problems.add("cannot build the pool at seq " + first.seq() + ": " + e.getMessage());
        }
    }

    /** The pool a {@code first} snapshot shows: its chunks added in their order of addition, so the list order matches. */
    private void fromSnapshot(PoolSnapshot snapshot) {
        replay = GenPool.create(snapshot.order(), Variant.MAINLINE, observer.probe());
        for (SnapshotChunk chunk : snapshot.chunksByAddition()) {
            replay.addChunk(chunk.start(), chunk.phys(), chunk.size());
        }
        List<SnapshotChunk> chunks = snapshot.chunks(); // list order, as the replay's chunks() are
        for (int i = 0; i < chunks.size(); i++) {
            Chunk chunk = replay.chunks().get(i);
            SnapshotChunk kernel = chunks.get(i);
            replay.restore(chunk, kernel.words());
            if (chunk.avail() != kernel.avail()) {
                notes.add(String.format("the first snapshot's %s says avail %d, its words leave %d free (a call in "
                        + "flight when it was taken?); the replay starts from the words", kernel, kernel.avail(),
                        chunk.avail()));
            }
        }
        setAlgorithm(snapshot.algo(), snapshot.seq());
    }

    private void take(CaptureRecord record) {
        if (record instanceof CaptureEvent.Add add) {
            add(add);
        } else if (record instanceof CaptureEvent.SetAlgo set) {
            setAlgorithm(set.algo(), set.seq());
        } else if (record instanceof CaptureEvent.Alloc alloc) {
            alloc(alloc);
        } else if (record instanceof CaptureEvent.Free free) {
            free(free);
        } else if (record instanceof PoolSnapshot snapshot && pool.endSnapshot().orElse(null) == snapshot) {
            end = EndComparison.of(replay, snapshot);
        }
    }

    private void add(CaptureEvent.Add add) {
        if (add.ret() != 0) {
            return; // the kernel added nothing
        }
        try {
            replay.addChunk(add.virt(), add.phys(), add.size());
        } catch (IllegalArgumentException e) { // overlapping, or over the allocator's limits
            problems.add("the chunk added at seq " + add.seq() + " cannot be replayed: " + e.getMessage());
        }
    }

    private void setAlgorithm(CapturedAlgo algo, long seq) {
        Optional<Algorithm> algorithm = algo.replayable();
        if (algorithm.isPresent()) {
            replay.setAlgorithm(algorithm.get());
        } else {
            unreplayable(algo, seq);
        }
    }

    /** Records an algorithm the replay has no equivalent of, once per algorithm. */
    private void unreplayable(CapturedAlgo algo, long seq) {
        if (unreplayable.add(algo.describe())) {
            problems.add("cannot replay algorithm " + algo.describe() + " (first at seq " + seq + ")");
        }
    }

    private void alloc(CaptureEvent.Alloc alloc) {
        allocs++;
        kernelFailed += alloc.address() == 0 ? 1 : 0;
        algorithms.add(alloc.algo());
        Optional<Algorithm> algorithm = alloc.algo().replayable();
        boolean concurrent = overlaps.overlapped(alloc);
        overlapped += concurrent ? 1 : 0;
        if (algorithm.isEmpty()) {
            unreplayable(alloc.algo(), alloc.seq());
            diverged(alloc, alloc.address(), "cannot replay algorithm " + alloc.algo().describe() + placed(alloc));
        } else if (concurrent) {
            placeOverlapped(alloc);
        } else {
            observer.applying(alloc);
            long got = replay.alloc(alloc.size(), algorithm.get());
            if (got != alloc.address()) {
                if (got != 0) {
                    replay.free(got, alloc.size()); // take the kernel's result instead
                }
                diverged(alloc, got, String.format("kernel 0x%x, replay 0x%x", alloc.address(), got) + placed(alloc));
            }
        }
    }

    /**
     * An overlapped alloc applied as the kernel placed it, as one allocation of its thread: an
     * overlapped free of its units that completed after it is applied within it, as it was in the kernel.
     */
    private void placeOverlapped(CaptureEvent.Alloc alloc) {
        observer.applying(alloc);
        Probe probe = observer.probe();
        probe.allocBegin(alloc.size(), GenPool.bitsFor(alloc.size(), replay.minAllocOrder()));
        String refused = placed(alloc);
        if (!refused.isEmpty() && freeEarly(alloc)) {
            observer.applying(alloc); // back on the alloc's thread after the frees of others
            refused = placed(alloc);
        }
        probe.allocEnd(alloc.size(), refused.isEmpty() ? alloc.address() : 0);
        if (!refused.isEmpty()) {
            diverged(alloc, alloc.address(), "overlapped, and the kernel's result is not free in the replay" + refused);
        }
    }

    /**
     * Applies now the overlapped frees of {@code alloc}'s units that complete after it: such a free
     * cleared the units before the alloc set them, and only returned later, so its place in
     * completion order comes too late for the alloc's placement.
     *
     * @return true when some free was applied
     */
    private boolean freeEarly(CaptureEvent.Alloc alloc) {
        boolean any = false;
        for (CaptureEvent partner : overlaps.partners(alloc)) {
            if (partner instanceof CaptureEvent.Free free && free.seq() > alloc.seq() && !freedEarly.contains(free.seq())
                    && intersects(free.address(), free.size(), alloc.address(), alloc.size())) {
                try {
                    observer.applying(free);
                    replay.free(free.address(), free.size());
                    freedEarly.add(free.seq());
                    any = true;
                } catch (InvalidFreeException e) {
                    // the replay cannot take this free now; it is checked, and counted, at its own seq
                }
            }
        }
        return any;
    }

    /** True when the units of the two ranges meet. */
    private boolean intersects(long a, long aSize, long b, long bSize) {
        int order = replay.minAllocOrder();
        long aEnd = a + (GenPool.bitsFor(aSize, order) << order);
        long bEnd = b + (GenPool.bitsFor(bSize, order) << order);
        return Long.compareUnsigned(a, bEnd) < 0 && Long.compareUnsigned(b, aEnd) < 0;
    }

    /** Places the kernel's result; "" when it lands, else why it cannot, as a clause to append. */
    private String placed(CaptureEvent.Alloc alloc) {
        if (alloc.address() == 0) {
            return "";
        }
        try {
            replay.place(alloc.address(), alloc.size());
            return "";
        } catch (InvalidPlacementException e) {
            return "; " + e.getMessage();
        }
    }

    private void diverged(CaptureEvent.Alloc alloc, long replayAddress, String problem) {
        allocsFailed++;
        divergences.add(new Divergence(alloc.seq(), "alloc", alloc.address(), replayAddress, alloc.size(), alloc.caller(),
                problem));
    }

    private void free(CaptureEvent.Free free) {
        frees++;
        overlapped += overlaps.overlapped(free) ? 1 : 0;
        if (freedEarly.contains(free.seq())) {
            return; // applied when an overlapped alloc reused its units
        }
        try {
            observer.applying(free);
            replay.free(free.address(), free.size());
        } catch (InvalidFreeException e) {
            freesFailed++;
            divergences.add(new Divergence(free.seq(), "free", free.address(), free.address(), free.size(), free.caller(),
                    "the replay cannot take the kernel's free: " + e.getMessage()));
        }
    }
}
