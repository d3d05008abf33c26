package dev.poolscope.analysis.capture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hand-made captures, each small enough to follow bit by bit, through the fidelity check. */
class FidelityCheckTest {

    private static final long POOL = 0xffff888003a1c000L;
    private static final long A = 0x10000000L; // 4096 bytes: 128 units of 32 bytes, 2 words
    private static final long B = 0x20000000L; // 1024 bytes: 32 units, added last so listed first

    @TempDir
    Path dir;

    /**
     * Every algorithm on a created pool of two chunks. Chunk B comes first in list order:
     * first_fit 64 takes B bits 0-1; first_fit_align 256 (mask 7) 100 bytes takes bits 8-11;
     * fixed offset 64 takes bit 2; order_align 96 bytes (3 units, mask 3) takes bits 4-6; best_fit
     * 64 bytes takes the start of the smallest run of at least 2, bits 12-31; 2048 bytes are more
     * than B's avail (640), so chunk A bits 0-63; after the free of bits 0-1 first_fit 32 takes bit 0;
     * 8192 bytes fit nowhere.
     */
    private CaptureText everyAlgorithm() {
        return new CaptureText().create(5, POOL).add(POOL, A, 4096).add(POOL, B, 1024)
                .alloc(POOL, 64, "gen_pool_first_fit", B)
                .alloc(POOL, 100, "gen_pool_first_fit_align align=256", B + 8 * 32)
                .alloc(POOL, 32, "gen_pool_fixed_alloc offset=64", B + 2 * 32)
                .alloc(POOL, 96, "gen_pool_first_fit_order_align", B + 4 * 32)
                .alloc(POOL, 64, "gen_pool_best_fit", B + 12 * 32)
                .alloc(POOL, 2048, "gen_pool_first_fit", A)
                .free(POOL, B, 64)
                .alloc(POOL, 32, "gen_pool_first_fit", B)
                .alloc(POOL, 8192, "gen_pool_first_fit", 0);
    }

    /** The state everyAlgorithm ends in: B bits 0, 2, 4-6, 8-13; A bits 0-63. */
    private static CaptureText finalSnapshot(CaptureText capture, long wordOfB) {
        return capture.snapshot(POOL, "final", 5, "gen_pool_first_fit", "-", 2)
                .chunk(B, 1024, 5, 1024 - 11 * 32, wordOfB)
                .chunk(A, 4096, 5, 2048, -1L, 0);
    }

    @Test
    void everyAlgorithmLandsWhereTheKernelDidAndTheFinalBitmapIsEqual() throws IOException {
        FidelityReport report = FidelityCheck.check(finalSnapshot(everyAlgorithm(), 0x3f75L).write(dir));

        PoolFidelity pool = report.pools().get(0);
        assertEquals(1, report.pools().size());
        assertEquals("0xffff888003a1c000", pool.label());
        assertEquals("created", pool.start());
        assertEquals(8, pool.allocs());
        assertEquals(8, pool.allocsPassed());
        assertEquals(1, pool.kernelFailed());
        assertEquals(1, pool.frees());
        assertEquals(2, pool.chunks());
        assertEquals(List.of("gen_pool_first_fit", "gen_pool_first_fit_align align=256", "gen_pool_fixed_alloc offset=64",
                "gen_pool_first_fit_order_align", "gen_pool_best_fit"), pool.algorithms());
        assertEquals(EndComparison.State.EQUAL, pool.end().state(), pool.end().difference());
        assertTrue(pool.passed());
        assertTrue(report.passed());
        assertEquals(8, report.allocsPassed());
    }

    @Test
    void aWrongKernelAddressFailsAtItsSeqWithBothAddressesAndLaterResultsAreStillChecked() throws IOException {
        CaptureText capture = new CaptureText().create(5, POOL).add(POOL, A, 4096)
                .alloc(POOL, 64, "gen_pool_first_fit", A);
        long wrongSeq = capture.nextSeq();
        capture.alloc(POOL, 64, "gen_pool_first_fit", A + 4 * 32) // the replay says A + 64
                .alloc(POOL, 32, "gen_pool_first_fit", A + 2 * 32) // from the kernel's state: bits 2 and 3 are free
                .alloc(POOL, 32, "gen_pool_first_fit", A + 3 * 32);

        PoolFidelity pool = FidelityCheck.check(capture.write(dir)).pools().get(0);

        assertEquals(4, pool.allocs());
        assertEquals(1, pool.allocsFailed());
        assertEquals(3, pool.allocsPassed());
        Divergence first = pool.firstDivergence().orElseThrow();
        assertEquals(wrongSeq, first.seq());
        assertEquals(A + 4 * 32, first.kernelAddress());
        assertEquals(A + 2 * 32, first.replayAddress());
        assertEquals(64, first.size());
        assertEquals(CaptureText.CALLER, first.caller());
        assertTrue(first.problem().contains("kernel 0x10000080, replay 0x10000040"), first.problem());
        assertEquals(EndComparison.State.NO_SNAPSHOT, pool.end().state());
        assertFalse(pool.passed());
    }

    @Test
    void aFinalSnapshotThatDiffersNamesTheChunkAndWord() throws IOException {
        PoolFidelity pool = FidelityCheck.check(finalSnapshot(everyAlgorithm(), 0x3f77L).write(dir)).pools().get(0);

        assertEquals(8, pool.allocsPassed());
        assertEquals(EndComparison.State.DIFFERENT, pool.end().state());
        assertEquals("chunk [0x20000000-0x200003ff] word 0: kernel 0000000000003f77, replay 0000000000003f75",
                pool.end().difference());
        assertFalse(pool.passed());
    }

    @Test
    void aFirstSnapshotStartsThePoolFromItsSetBits() throws IOException {
        CaptureText capture = new CaptureText().snapshot(POOL, "first", 5, "gen_pool_best_fit", "atomic_pool", 1)
                .chunk(A, 2048, 5, 2048 - 4 * 32, 0x17L) // bits 0-2 and 4: best fit for 1 unit is bit 3
                .alloc(POOL, 32, "gen_pool_best_fit", A + 3 * 32)
                .alloc(POOL, 64, "gen_pool_best_fit", A + 5 * 32)
                .free(POOL, A, 96)
                .snapshot(POOL, "final", 5, "gen_pool_best_fit", "atomic_pool", 1)
                .chunk(A, 2048, 5, 2048 - 4 * 32, 0x78L);

        PoolFidelity pool = FidelityCheck.check(capture.write(dir)).pools().get(0);

        assertEquals("snapshot", pool.start());
        assertEquals("atomic_pool", pool.name());
        assertEquals(2, pool.allocsPassed());
        assertEquals(EndComparison.State.EQUAL, pool.end().state(), pool.end().difference());
        assertTrue(pool.notes().isEmpty(), pool.notes().toString());
        assertTrue(pool.passed());
    }

    @Test
    void aFirstSnapshotWhoseAvailDisagreesWithItsWordsIsReported() throws IOException {
        CaptureText capture = new CaptureText().snapshot(POOL, "first", 5, "gen_pool_first_fit", "-", 1)
                .chunk(A, 2048, 5, 2048, 0x1L) // a call in flight: the word is set, avail not yet taken down
                .alloc(POOL, 32, "gen_pool_first_fit", A + 32);

        PoolFidelity pool = FidelityCheck.check(capture.write(dir)).pools().get(0);

        assertEquals(1, pool.notes().size());
        assertTrue(pool.notes().get(0).contains("says avail 2048, its words leave 2016 free"), pool.notes().get(0));
        assertEquals(1, pool.allocsPassed());
    }

    @Test
    void overlappedAllocationsAreTakenAsTheKernelGaveThemWhenConsistent() throws IOException {
        CaptureText capture = new CaptureText().create(5, POOL).add(POOL, A, 4096)
                .task(2, 1250, 1350).alloc(POOL, 32, "gen_pool_first_fit", A) // entered after the next, returned first
                .task(1, 1220, 1380).alloc(POOL, 32, "gen_pool_first_fit", A + 32)
                .alloc(POOL, 32, "gen_pool_first_fit", A + 2 * 32);

        PoolFidelity pool = FidelityCheck.check(capture.write(dir)).pools().get(0);

        assertEquals(2, pool.overlapped());
        assertEquals(1, pool.reordered());
        assertEquals(3, pool.allocsPassed());
        assertTrue(pool.passed());
    }

    @Test
    void anOverlappedAllocationOnALiveAllocationFails() throws IOException {
        CaptureText capture = new CaptureText().create(5, POOL).add(POOL, A, 4096)
                .alloc(POOL, 64, "gen_pool_first_fit", A)
                .task(2, 1350, 1420).alloc(POOL, 32, "gen_pool_first_fit", A + 64)
                .task(1, 1330, 1450).alloc(POOL, 32, "gen_pool_first_fit", A + 32); // on the first alloc's units

        PoolFidelity pool = FidelityCheck.check(capture.write(dir)).pools().get(0);

        assertEquals(1, pool.allocsFailed());
        Divergence divergence = pool.firstDivergence().orElseThrow();
        assertTrue(divergence.problem().contains("overlapped, and the kernel's result is not free in the replay"),
                divergence.problem());
        assertTrue(divergence.problem().contains("bit 1 (address 0x10000020)"), divergence.problem());
    }

    @Test
    void anOverlappedAllocOfUnitsAFreeStillInFlightReleasedTakesThatFreeFirst() throws IOException {
        CaptureText capture = new CaptureText().create(5, POOL).add(POOL, A, 4096)
                .alloc(POOL, 64, "gen_pool_first_fit", A)
                .task(1, 1350, 1400).alloc(POOL, 32, "gen_pool_first_fit", A) // set unit 0 after the free cleared it
                .task(2, 1300, 1500).free(POOL, A, 64) // ... and returned after the alloc
                .alloc(POOL, 32, "gen_pool_first_fit", A + 32)
                .snapshot(POOL, "final", 5, "gen_pool_first_fit", "-", 1).chunk(A, 4096, 5, 4096 - 64, 0x3L, 0);

        PoolFidelity pool = FidelityCheck.check(capture.write(dir)).pools().get(0);

        assertEquals(3, pool.allocsPassed());
        assertEquals(0, pool.freesFailed());
        assertEquals(1, pool.frees());
        assertEquals(List.of("1 overlapped free applied before its completion: an overlapped alloc that completed first "
                + "had reused the units"), pool.notes());
        assertEquals(EndComparison.State.EQUAL, pool.end().state(), pool.end().difference());
        assertTrue(pool.passed());
    }

    @Test
    void manyDataValuesOfOneAlgorithmAreCountedNotListed() throws IOException {
        CaptureText capture = new CaptureText().create(5, POOL).add(POOL, A, 4096)
                .alloc(POOL, 32, "gen_pool_fixed_alloc offset=0", A)
                .alloc(POOL, 32, "gen_pool_fixed_alloc offset=64", A + 64)
                .alloc(POOL, 32, "gen_pool_fixed_alloc offset=128", A + 128)
                .alloc(POOL, 32, "gen_pool_first_fit_align align=64", A + 192);

        PoolFidelity pool = FidelityCheck.check(capture.write(dir)).pools().get(0);

        assertEquals(List.of("gen_pool_fixed_alloc (3 offset values)", "gen_pool_first_fit_align align=64"), pool.algorithms());
        assertEquals(4, pool.allocsPassed());
    }

    @Test
    void aFreeOfUnitsTheReplayHoldsFreeFails() throws IOException {
        CaptureText capture = new CaptureText().create(5, POOL).add(POOL, A, 4096)
                .alloc(POOL, 32, "gen_pool_first_fit", A)
                .free(POOL, A + 32, 32);

        PoolFidelity pool = FidelityCheck.check(capture.write(dir)).pools().get(0);

        assertEquals(1, pool.freesFailed());
        assertEquals(1, pool.allocsPassed());
        assertEquals("free", pool.firstDivergence().orElseThrow().operation());
        assertFalse(pool.passed());
    }

    @Test
    void anAlgorithmWithoutAnEquivalentFailsThePoolAndIsNamed() throws IOException {
        CaptureText capture = new CaptureText().create(5, POOL).add(POOL, A, 4096)
                .alloc(POOL, 32, "my_driver_fit[mydrv]", A)
                .alloc(POOL, 32, "my_driver_fit[mydrv]", A + 32)
                .alloc(POOL, 32, "gen_pool_first_fit", A + 64);

        PoolFidelity pool = FidelityCheck.check(capture.write(dir)).pools().get(0);

        assertEquals(List.of("cannot replay algorithm my_driver_fit[mydrv] (first at seq 2)"), pool.problems());
        assertEquals(2, pool.allocsFailed());
        assertEquals(1, pool.allocsPassed(), "the kernel's results were placed, so the next one is checked");
        assertFalse(pool.passed());
    }

    @Test
    void aPoolAliveAcrossALossIsIncompleteAndOneMadeAfterItIsChecked() throws IOException {
        long other = POOL + 0x400;
        CaptureText capture = new CaptureText().create(5, POOL).add(POOL, A, 4096)
                .alloc(POOL, 32, "gen_pool_first_fit", A)
                .lost(3)
                .alloc(POOL, 32, "gen_pool_first_fit", A + 5 * 32) // the lost records may hold allocations
                .create(5, other).add(other, B, 1024)
                .alloc(other, 32, "gen_pool_first_fit", B);

        FidelityReport report = FidelityCheck.check(capture.write(dir));

        PoolFidelity hit = report.pools().get(0);
        assertEquals(1, hit.allocs(), "only the alloc before the loss is checked");
        assertEquals("3 records lost at seq 3 (ring): the pool's 1 records after it are not checked",
                hit.incomplete().orElseThrow());
        assertFalse(hit.passed());
        assertTrue(report.pools().get(1).passed());
        assertFalse(report.passed());
    }

    @Test
    void aFirstSnapshotBeforeEachCallRestartsThePoolFromTheLatest() throws IOException {
        CaptureText capture = new CaptureText() // the module's pool table was full: it could not remember the pool
                .snapshot(POOL, "first", 5, "gen_pool_first_fit", "-", 1).chunk(A, 2048, 5, 2048 - 32, 0x1L)
                .alloc(POOL, 32, "gen_pool_first_fit", A + 32)
                .snapshot(POOL, "first", 5, "gen_pool_first_fit", "-", 1).chunk(A, 2048, 5, 2048 - 96, 0x7L)
                .alloc(POOL, 32, "gen_pool_first_fit", A + 3 * 32); // from the latest snapshot: unit 2 went meanwhile

        FidelityReport report = FidelityCheck.check(capture.write(dir));

        assertEquals(List.of("0xffff888003a1c000 (from seq 0)", "0xffff888003a1c000 (from seq 2)"),
                report.pools().stream().map(PoolFidelity::label).toList());
        assertEquals(2, report.allocsPassed());
        assertTrue(report.passed());
    }

    @Test
    void aPoolWhoseStartWasNotCapturedCannotBeReplayed() throws IOException {
        CaptureText capture = new CaptureText().alloc(POOL, 32, "gen_pool_first_fit", A);

        PoolFidelity pool = FidelityCheck.check(capture.write(dir)).pools().get(0);

        assertEquals("none", pool.start());
        assertTrue(pool.problems().get(0).startsWith("no start: neither its create nor a first snapshot"), pool.problems().toString());
        assertFalse(pool.passed());
    }

    @Test
    void aDestroySnapshotIsTheEndStateAndTheAddressMayBeAnotherPoolAfterwards() throws IOException {
        CaptureText capture = new CaptureText().create(5, POOL).add(POOL, A, 4096)
                .alloc(POOL, 32, "gen_pool_first_fit", A)
                .free(POOL, A, 32)
                .snapshot(POOL, "destroy", 5, "gen_pool_first_fit", "-", 1).chunk(A, 4096, 5, 4096, 0, 0)
                .destroy(POOL)
                .create(6, POOL).add(POOL, B, 1024)
                .alloc(POOL, 32, "gen_pool_first_fit", B);

        FidelityReport report = FidelityCheck.check(capture.write(dir));

        assertEquals(2, report.pools().size());
        assertEquals("0xffff888003a1c000 (from seq 0)", report.pools().get(0).label());
        assertEquals(EndComparison.State.EQUAL, report.pools().get(0).end().state());
        assertEquals(6, report.pools().get(1).order());
        assertTrue(report.passed());
    }
}
