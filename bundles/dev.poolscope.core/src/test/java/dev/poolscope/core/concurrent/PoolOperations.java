package dev.poolscope.core.concurrent;

import dev.poolscope.core.GenPool;
import dev.poolscope.core.Probe;
import dev.poolscope.core.Variant;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import org.jetbrains.lincheck.datastructures.IntGen;
import org.jetbrains.lincheck.datastructures.Operation;
import org.jetbrains.lincheck.datastructures.Param;
import org.jetbrains.lincheck.datastructures.ThreadIdGen;
import org.jetbrains.lincheck.datastructures.Validate;

/**
 * The object Lincheck drives: a pool shared by its threads, each allocating and freeing its own
 * memory. Where first-fit puts an allocation depends on the interleaving, so no operation returns
 * an address: every operation returns nothing, whose sequential specification is trivially
 * deterministic, and correctness is checked inside instead. An allocation claims its units in the
 * shadow and throws on overlap; a free releases them first. A result no sequential run gives (an
 * exception) or a failed {@link #quietPoolBalances()} makes Lincheck report the interleaving.
 *
 * <p>Requests are a share of the chunk, so one-word and two-word pools get comparable requests:
 * a parameter's generator is declared on the method, which every subclass shares.
 */
public abstract class PoolOperations {

    /** Lincheck numbers the thread of the initial part 0, the parallel threads 1 to n and the post part n + 1. */
    private static final int THREAD_IDS = 8;

    static final long CHUNK_START = 0x1000;

    private final PoolUnderTest pool;
    private final long chunkBytes;
    private final ShadowOwners shadow;
    private final List<Deque<Live>> held = new ArrayList<>();

    /** An allocation a thread holds. */
    private record Live(long address, long size) {
    }

    protected PoolOperations(PoolUnderTest pool, long chunkBytes) {
        this.pool = pool;
        this.chunkBytes = chunkBytes;
        this.shadow = new ShadowOwners(pool.chunks());
        for (int i = 0; i < THREAD_IDS; i++) {
            held.add(new ArrayDeque<>());
        }
    }

    /** A mainline pool of one chunk of 1-byte units: 64 bytes make a one-word bitmap, 128 two words. */
    static PoolUnderTest mainline(long chunkBytes, Probe probe) {
        GenPool pool = GenPool.create(0, Variant.MAINLINE, probe);
        pool.addChunk(CHUNK_START, CHUNK_START, chunkBytes);
        return PoolUnderTest.of(pool);
    }

    /** Allocates {@code percent} of the chunk: 11 to 71 bits of a two-word chunk, so many requests cross the word boundary. */
    @Operation
    public void alloc(@Param(gen = IntGen.class, conf = "8:55") int percent, @Param(gen = ThreadIdGen.class) int thread) {
        long size = (chunkBytes * percent + 99) / 100;
        long address = pool.alloc(size);
        if (address != 0) {
            shadow.claim(address, size, thread + 1);
            held.get(thread).add(new Live(address, size));
        }
    }

    /** Frees the oldest allocation the calling thread holds, if any. */
    @Operation
    public void freeOldest(@Param(gen = ThreadIdGen.class) int thread) {
        Live oldest = held.get(thread).pollFirst();
        if (oldest != null) {
            shadow.release(oldest.address(), oldest.size(), thread + 1);
            pool.free(oldest.address(), oldest.size());
        }
    }

    /** Run by Lincheck when no operation is in progress: the bitmap is the live allocations, avail balances. */
    @Validate
    public void quietPoolBalances() {
        QuietPool.check(pool.chunks(), shadow, pool.avail(), "after the operations");
    }
}
