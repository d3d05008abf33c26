package dev.poolscope.analysis.failure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.poolscope.core.GenPool;
import dev.poolscope.testkit.Deadlines;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** A live pool's failures get their reason from the pool as it stands, on pools filled by hand. */
class LiveFailuresTest {

    @Test
    void aFullPoolFailsForNoSpaceAndAHoledOneForFragmentation() {
        GenPool pool = GenPool.create(0);
        pool.addChunk(0x1000, 0, 8);
        LiveFailures failures = new LiveFailures(pool);
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
        LiveFailures failures = new LiveFailures(pool);
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
}
