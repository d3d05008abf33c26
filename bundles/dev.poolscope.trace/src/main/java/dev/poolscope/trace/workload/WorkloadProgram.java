package dev.poolscope.trace.workload;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * One thread of a {@link Workload}: keeps its own list of live blocks and a fill target (the
 * workload's fill of the pool divided by its thread count, counted in rounded bytes). Each step
 * allocates when nothing is live, or when below the target with the workload's alloc share;
 * otherwise it frees a live block chosen uniformly, with its original size. The thread's random
 * numbers come from the workload's seed and the thread number alone, so the program is
 * deterministic given the addresses its allocations return.
 */
public final class WorkloadProgram implements ThreadProgram {

    /** A live allocation: where it is and the size it was asked with. */
    private record LiveBlock(long address, long size) {
    }

    /** Odd constant (2^64 / golden ratio) that spreads thread numbers over the seed space. */
    private static final long THREAD_SPREAD = 0x9E3779B97F4A7C15L;

    private final SplittableRandom random;
    private final Workload workload;
    private final long targetBytes;
    private final long opLimit;
    private final List<LiveBlock> live = new ArrayList<>();
    private long liveBytes;
    private long issued;

    WorkloadProgram(Workload workload, int thread) {
        this.workload = workload;
        this.random = new SplittableRandom(workload.seed() + THREAD_SPREAD * (thread + 1));
        this.targetBytes = workload.targetBytesPerThread();
        this.opLimit = workload.length() instanceof RunLength.Ops ops ? ops.perThread() : Long.MAX_VALUE;
    }

    @Override
    public PlannedOperation next() {
        PlannedOperation next = null;
        if (issued < opLimit) {
            issued++;
            boolean alloc = live.isEmpty()
                    || (liveBytes < targetBytes && random.nextInt(100) < workload.allocPercent());
            next = alloc ? new PlannedOperation.Alloc(workload.sizes().sample(random)) : freeOne();
        }
        return next;
    }

    @Override
    public void allocated(PlannedOperation.Alloc alloc, long address) {
        if (address != 0) {
            live.add(new LiveBlock(address, alloc.size()));
            liveBytes += workload.pool().roundedBytes(alloc.size());
        }
    }

    /** Bytes this thread holds, rounded to whole units. */
    public long liveBytes() {
        return liveBytes;
    }

    /** Frees a live block chosen uniformly; the last block takes its place in the list. */
    private PlannedOperation freeOne() {
        int index = random.nextInt(live.size());
        LiveBlock block = live.get(index);
        live.set(index, live.get(live.size() - 1));
        live.remove(live.size() - 1);
        liveBytes -= workload.pool().roundedBytes(block.size());
        return new PlannedOperation.Free(block.address(), block.size());
    }
}
