package dev.poolscope.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** What the probe hooks report, and that installing a probe changes nothing the allocator does. */
class ProbeTest {

    /** Writes each call as a short line. */
    static final class Transcript implements Probe {
        final List<String> lines = new ArrayList<>();

        @Override
        public void allocBegin(long size, long nbits) {
            lines.add("allocBegin " + size + " " + nbits);
        }

        @Override
        public void allocEnd(long size, long address) {
            lines.add("allocEnd " + Long.toHexString(address));
        }

        @Override
        public void freeBegin(long address, long size) {
            lines.add("freeBegin " + Long.toHexString(address) + " " + size);
        }

        @Override
        public void freeEnd(long address, long size) {
            lines.add("freeEnd");
        }

        @Override
        public void availRead(Chunk chunk, long avail) {
            lines.add("availRead " + chunk.id() + " " + avail);
        }

        @Override
        public void search(Chunk chunk, long fromBit, long nbits, long foundBit) {
            lines.add("search " + chunk.id() + " from " + fromBit + " found " + foundBit);
        }

        @Override
        public void wordRead(Chunk chunk, int word, long value) {
            lines.add("wordRead " + word + " " + Long.toHexString(value));
        }

        @Override
        public void casAttempt(Chunk chunk, int word, long expected, long desired, long witnessed, boolean success) {
            lines.add("cas " + word + " " + Long.toHexString(expected) + "->" + Long.toHexString(desired) + " "
                    + success);
        }

        @Override
        public void wordStore(Chunk chunk, int word, long before, long after) {
            lines.add("store " + word + " " + Long.toHexString(before) + "->" + Long.toHexString(after));
        }

        @Override
        public void availChange(Chunk chunk, long delta, long newAvail) {
            lines.add("avail " + chunk.id() + " " + delta + " = " + newAvail);
        }

        @Override
        public void lockRequest(Chunk chunk, LockKind kind) {
            lines.add("request " + kind);
        }

        @Override
        public void lockAcquired(Chunk chunk, LockKind kind) {
            lines.add("acquired " + kind);
        }

        @Override
        public void lockReleased(Chunk chunk, LockKind kind) {
            lines.add("released " + kind);
        }
    }

    @Test
    void aLocklessAllocSpanningTwoWordsReportsEachStep() {
        Transcript probe = new Transcript();
        GenPool pool = GenPool.create(0, Variant.MAINLINE, probe);
        pool.addChunk(0x1000, 0, 128);
        pool.alloc(60);
        probe.lines.clear();
        pool.alloc(10); // bits 60..69: the top 4 bits of word 0 and the low 6 of word 1
        assertEquals(List.of(
                "allocBegin 10 10",
                "availRead 0 68",
                "search 0 from 0 found 60",
                "wordRead 0 fffffffffffffff",
                "cas 0 fffffffffffffff->ffffffffffffffff true",
                "wordRead 1 0",
                "cas 1 0->3f true",
                "avail 0 -10 = 58",
                "allocEnd 103c"), probe.lines);
    }

    @Test
    void thePrePatchVariantLocksAndStoresPlainly() {
        Transcript probe = new Transcript();
        GenPool pool = GenPool.create(5, Variant.PRE_PATCH, probe);
        pool.addChunk(0x1000, 0, 1024);
        probe.lines.clear();
        long x = pool.alloc(64);
        pool.free(x, 64);
        assertEquals(List.of(
                "allocBegin 64 2",
                "request POOL_READ", "acquired POOL_READ",
                "request CHUNK", "acquired CHUNK",
                "search 0 from 0 found 0",
                "wordRead 0 0",
                "store 0 0->3",
                "released CHUNK",
                "avail 0 -64 = 960",
                "released POOL_READ",
                "allocEnd 1000",
                "freeBegin 1000 64",
                "request POOL_READ", "acquired POOL_READ",
                "request CHUNK", "acquired CHUNK",
                "wordRead 0 3",
                "store 0 3->0",
                "released CHUNK",
                "avail 0 64 = 1024",
                "released POOL_READ",
                "freeEnd"), probe.lines);
    }

    /** The same random run with and without a probe gives the same addresses and bitmaps. */
    @Test
    void aProbeDoesNotChangeWhatTheAllocatorDoes() {
        for (Variant variant : Variant.values()) {
            Transcript probe = new Transcript();
            assertEquals(randomRun(GenPool.create(3, variant)), randomRun(GenPool.create(3, variant, probe)),
                    variant.id());
        }
    }

    @Test
    void twoProbesTogetherEachHearWhatOneAloneHears() {
        for (Variant variant : Variant.values()) {
            Transcript alone = new Transcript();
            Transcript first = new Transcript();
            Transcript second = new Transcript();
            randomRun(GenPool.create(3, variant, alone));
            randomRun(GenPool.create(3, variant, Probe.both(first, second)));
            assertEquals(alone.lines, first.lines, variant.id());
            assertEquals(alone.lines, second.lines, variant.id());
            assertEquals(true, alone.lines.size() > 3000, variant.id() + ": every kind of step is heard");
        }
        Transcript only = new Transcript();
        assertEquals(only, Probe.both(Probe.NONE, only), "nobody on one side: the other alone");
        assertEquals(only, Probe.both(only, Probe.NONE));
    }

    private static List<Object> randomRun(GenPool pool) {
        pool.addChunk(0x100000, 0, 4000);
        pool.addChunk(0x200000, 0, 2048 + 5);
        Random random = new Random(42);
        List<long[]> live = new ArrayList<>();
        List<Object> results = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            if (live.isEmpty() || random.nextInt(100) < 55) {
                long size = 1 + random.nextInt(300);
                long address = pool.alloc(size);
                results.add(address);
                if (address != 0) {
                    live.add(new long[] {address, size});
                }
            } else {
                long[] victim = live.remove(random.nextInt(live.size()));
                pool.free(victim[0], victim[1]);
            }
        }
        results.add(PoolState.of(pool));
        return results;
    }
}
