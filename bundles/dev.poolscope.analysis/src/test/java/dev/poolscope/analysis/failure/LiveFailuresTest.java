package dev.poolscope.analysis.failure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.poolscope.core.Chunk;
import dev.poolscope.core.GenPool;
import dev.poolscope.core.Probe;
import dev.poolscope.core.Variant;
import dev.poolscope.testkit.Deadlines;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

/** A live pool's failures get their reason from the pool as it stands, on pools filled by hand. */
class LiveFailuresTest {

    @Test
    void aFullPoolFailsForNoSpaceAndAHoledOneForFragmentation() {
        GenPool pool = GenPool.create(0);
        pool.addChunk(0x1000, 0, 8);
        LiveFailures failures = new LiveFailures(pool, new RaceWitness());
        for (int i = 0; i < 4; i++) {
            assertTrue(pool.alloc(2) != 0);
        }
        assertEquals(0, pool.alloc(1));
        FailedAlloc full = failures.failed(0, 1);
        assertEquals(FailureReason.NO_SPACE, full.reason(), full.describe());
        pool.free(0x1000, 2);
        pool.free(0x1004, 2); // units 0-1 and 4-5 free: F = 4, L = 2
        assertEquals(0, pool.alloc(3));
        FailedAlloc holed = failures.failed(1, 3);
        assertEquals("fragmentation: 3 units (3 bytes) asked, 4 free, longest free extent 2", holed.describe());
        assertEquals(1, holed.at(), "the second failure of the pool");
        assertEquals(1, holed.thread());
        assertEquals(Map.of(FailureReason.NO_SPACE, 1L, FailureReason.FRAGMENTATION, 1L), failures.counts());
        assertEquals(holed, failures.last().orElseThrow());
        assertEquals(2, failures.count());
    }

    @Test
    void threadsTellingAtOnceAreEachCounted() throws Exception {
        GenPool pool = GenPool.create(5);
        pool.addChunk(0x10000, 0, 1024);
        while (pool.alloc(32) != 0) {
            // fill it: every failure from now on is for no space
        }
        LiveFailures failures = new LiveFailures(pool, new RaceWitness());
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            int thread = t;
            threads.add(new Thread(() -> {
                for (int i = 0; i < 250; i++) {
                    failures.failed(thread, 64);
                }
            }));
        }
        threads.forEach(Thread::start);
        for (Thread thread : threads) {
            Deadlines.join(thread);
        }
        assertEquals(1000, failures.count());
        assertEquals(Map.of(FailureReason.NO_SPACE, 1000L), failures.counts());
        assertEquals(999, failures.last().orElseThrow().at());
    }

    @Test
    void anAllocationWhoseUnitsAnotherThreadTookBetweenSearchAndSetLostARace() throws Exception {
        RaceWitness witness = new RaceWitness();
        AtomicReference<Thread> victim = new AtomicReference<>();
        AtomicReference<GenPool> poolRef = new AtomicReference<>();
        Probe interferer = new Probe() {
            @Override
            public void search(Chunk chunk, long fromBit, long nbits, long foundBit) {
                if (Thread.currentThread() == victim.get() && foundBit == 0) {
                    victim.set(null); // once: the retry's search must run undisturbed
                    Thread rival = new Thread(() -> assertEquals(0x1000, poolRef.get().alloc(2)));
                    rival.start(); // takes units 0-1 after this search found 0-3 free, before its set
                    try {
                        Deadlines.join(rival);
                    } catch (InterruptedException e) {
                        throw new IllegalStateException(e);
                    }
                }
            }
        };
        GenPool pool = GenPool.create(0, Variant.MAINLINE, Probe.both(witness, interferer));
        poolRef.set(pool);
        pool.addChunk(0x1000, 0, 4);
        LiveFailures failures = new LiveFailures(pool, witness);
        victim.set(Thread.currentThread());
        assertEquals(0, pool.alloc(4), "the set finds units 0-1 taken, rolls back, and the retry finds 2 free");
        FailedAlloc lost = failures.failed(0, 4);
        assertEquals(FailureReason.LOST_RACE, lost.reason(), lost.describe());
        assertEquals(0, pool.alloc(4));
        assertEquals(FailureReason.NO_SPACE, failures.failed(0, 4).reason(), "the next one, undisturbed, did not race");
    }
}
