package dev.poolscope.core.concurrent;

import dev.poolscope.core.GenPool;
import dev.poolscope.core.Probe;
import dev.poolscope.core.SearchMode;
import dev.poolscope.core.Variant;

import org.jetbrains.lincheck.datastructures.ModelCheckingOptions;
import org.jetbrains.lincheck.datastructures.Operation;
import org.jetbrains.lincheck.datastructures.Param;
import org.jetbrains.lincheck.datastructures.ThreadIdGen;
import org.junit.jupiter.api.Test;

/**
 * The summary search's promise under every interleaving Lincheck explores, at the granularity of
 * the summary's own atomics: an allocation never misses memory that a free returned before the
 * allocation began. A 4096-bit chunk has 16 groups of four words; a search that skips a group
 * still reads its first and last words, so the blocks lie in middle words. Thread 1 owns bits 74-93
 * (word 1, group 0), thread 2 bits 325-364 (word 5, group 1); the rest is held for good. Each thread
 * frees its block and allocates it again, so its allocation must land exactly where its own free
 * just released, the lowest fit (the other thread's block is either held or too small for it).
 * Thread 2's 40-bit searches pass group 0, which holds no run of 40, and lower its bound while
 * thread 1 frees there: a bound taken from words read before that free, or kept after it, would make
 * thread 1's search skip its own block and land in thread 2's or fail.
 *
 * <p>What this catches, tried by breaking the code: a leave that keeps the old bound (found at
 * once). A tightening from a value read after the free (a compare-and-set against the current long)
 * was not found in 5,000 interleavings of one scenario: the switch it needs falls between a free's
 * last CAS and the next search's first read, where Lincheck rarely switches. {@code RunSummaryTest}
 * plays that interleaving step by step instead.
 */
class SummaryHintLincheckTest {

    private static final long START = 0x1000;
    private static final long LOW = 74;
    private static final long LOW_BLOCK = 20;
    private static final long HIGH = 325;
    private static final long HIGH_BLOCK = 40;

    public static final class OwnBlocks {

        private final GenPool pool = GenPool.create(0, Variant.MAINLINE, Probe.NONE, SearchMode.SUMMARIES);

        public OwnBlocks() {
            pool.addChunk(START, START, 4096);
            expect(START, pool.alloc(LOW), "setup");
            expect(START + LOW, pool.alloc(LOW_BLOCK), "setup");
            expect(START + LOW + LOW_BLOCK, pool.alloc(HIGH - LOW - LOW_BLOCK), "setup");
            expect(START + HIGH, pool.alloc(HIGH_BLOCK), "setup");
            expect(START + HIGH + HIGH_BLOCK, pool.alloc(4096 - HIGH - HIGH_BLOCK), "setup");
        }

        /** Lincheck's parallel threads are numbered 1 and 2 here: thread 1 cycles the low block, thread 2 the high one. */
        @Operation
        public void freeAndReallocOwnBlock(@Param(gen = ThreadIdGen.class) int thread) {
            long address = START + (thread == 1 ? LOW : HIGH);
            long size = thread == 1 ? LOW_BLOCK : HIGH_BLOCK;
            pool.free(address, size);
            expect(address, pool.alloc(size), "thread " + thread + "'s allocation after its own free returned");
        }

        private static void expect(long expected, long got, String what) {
            if (got != expected) {
                throw new IllegalStateException(String.format("%s: expected 0x%x, got 0x%x", what, expected, got));
            }
        }
    }

    @Test
    void anAllocationFindsWhatAFreeReleasedBeforeItBegan() {
        new ModelCheckingOptions().iterations(10).invocationsPerIteration(300)
                .threads(2).actorsPerThread(2).actorsBefore(0).actorsAfter(0)
                .checkObstructionFreedom(true).check(OwnBlocks.class);
    }
}
