package dev.poolscope.analysis.capture;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The proof that Poolscope's allocator is the kernel's: each pool of a capture replayed through a
 * mainline pool, from its create (empty) or its {@code first} snapshot (chunks and words restored),
 * its events in seq order, the kernel's completion order.
 * <ul>
 * <li>An allocation that overlapped no other event of its pool passes when the replay, running the
 * algorithm the record names, returns the kernel's address (or both fail). After a divergence the
 * replay takes the kernel's result, so later ones are still checked.</li>
 * <li>An allocation or free that overlapped another (CAPTURE-FORMAT.md) is not searched: it passes
 * when the kernel's result is consistent with the replay's bitmap (units free for an allocation,
 * allocated for a free) and is then applied as the kernel did. Completion order can put an alloc
 * before an overlapped free whose units it reused (the free cleared them, the alloc set them and
 * returned first): such a free is applied before the alloc, and said so in the pool's notes.</li>
 * <li>At the pool's last {@code final} or {@code destroy} snapshot, every chunk's words and avail
 * must equal the replay's.</li>
 * <li>Lost records: a pool alive when records were lost cannot be checked exactly after the loss
 * (any of its calls may be among them). Its replay stops there, the rest is not counted, and the
 * pool is reported incomplete, which does not pass.</li>
 * </ul>
 */
public final class FidelityCheck {

    private FidelityCheck() {
    }

    /** Reads {@code file} ({@link CaptureReader}) and checks every pool. */
    public static FidelityReport check(Path file) throws IOException {
        return check(CaptureReader.read(file));
    }

    /** Checks every pool of {@code capture}. */
    public static FidelityReport check(Capture capture) {
        return new FidelityReport(capture, capture.pools().stream().map(p -> check(capture, p)).toList());
    }

    /** Checks one pool of {@code capture}. */
    public static PoolFidelity check(Capture capture, CapturedPool pool) {
        return check(capture, pool, ReplayObserver.NONE);
    }

    /** Checks one pool of {@code capture}, telling {@code observer} as the replay goes. */
    static PoolFidelity check(Capture capture, CapturedPool pool, ReplayObserver observer) {
        return new PoolReplay(pool, pool.label(capture.pools()), firstLossIn(capture, pool), observer).run();
    }

    /** The first loss after the pool's first record and before its destroy, if any. */
    private static Optional<LostRecords> firstLossIn(Capture capture, CapturedPool pool) {
        List<CaptureRecord> records = pool.records();
        boolean destroyed = records.get(records.size() - 1) instanceof CaptureEvent.Destroy;
        long from = pool.firstSeq();
        long to = destroyed ? pool.lastSeq() : Long.MAX_VALUE;
        return capture.records().stream().filter(LostRecords.class::isInstance).map(LostRecords.class::cast)
                .filter(l -> l.seq() > from && l.seq() < to).findFirst();
    }
}
