package dev.poolscope.analysis.capture;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.poolscope.model.AllocationSpan;
import dev.poolscope.model.PoolState;
import dev.poolscope.model.ReplayModel;
import dev.poolscope.model.TraceCheck;
import dev.poolscope.trace.TraceHeader;
import dev.poolscope.trace.file.TraceFile;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A captured pool written as a trace opens as one: checked, ending in the kernel's bitmap, threads and callers kept. */
class CaptureRecordingTest {

    /**
     * A pool made before the capture, first seen with units 0-2 allocated; pid 1 allocates unit 3 (first-fit),
     * pid 2 frees units 0-2; the final snapshot holds unit 3 alone. {@code %s} is the kernel's address for the alloc.
     */
    private static final String BOOT_POOL = """
            poolscope-capture 1
            kernel 6.1.0-test-amd64
            params ring=4096 stack=0 pools=all names=all
            0 snapshot pool=0xffff888003a1d000 why=first order=5 algo=gen_pool_first_fit data=- name=atomic_pool chunks=1
            chunk start=0x30000000 end=0x300007ff phys=0x30000000 avail=1952 bits=64
            words 0 0000000000000007
            1 cpu=0 pid=1 comm=swapper/0 t0=1400 t1=1450 alloc pool=0xffff888003a1d000 size=32 algo=gen_pool_first_fit data=- addr=%s caller=dma_alloc+0x5/0x50 stack=-
            2 cpu=1 pid=2 comm=kworker/1:0 t0=1800 t1=1850 free pool=0xffff888003a1d000 addr=0x30000000 size=96 caller=dma_free+0x5/0x50 stack=-
            3 snapshot pool=0xffff888003a1d000 why=final order=5 algo=gen_pool_first_fit data=- name=atomic_pool chunks=1
            chunk start=0x30000000 end=0x300007ff phys=0x30000000 avail=%d bits=64
            words 0 %016x
            end records=4 lost=0
            """;

    @TempDir
    Path dir;

    @Test
    void aPoolFirstSeenBusyStartsFromItsSnapshotWithItsTasksAsThreadsAndItsCallersAsLabels() throws Exception {
        Capture capture = CaptureReader.read(CaptureText.write(dir, BOOT_POOL.formatted("0x30000060", 2016, 0x8L)));
        Path trace = dir.resolve("atomic.pstrace");
        assertTrue(CaptureRecording.record(capture, capture.pools().get(0), trace).passed());
        try (TraceFile file = TraceFile.open(trace)) {
            TraceHeader header = file.header();
            assertEquals(List.of("dma_alloc+0x5/0x50", "dma_free+0x5/0x50"), header.labels());
            assertEquals(2, header.threads(), "one logical thread per kernel task");
            assertEquals(3, header.start().units(), "the first snapshot's units 0-2");
            assertTrue(header.workload().contains("atomic_pool"), header.workload());
            ReplayModel model = ReplayModel.open(file);
            assertTrue(TraceCheck.run(file, model, true).passed());
            assertArrayEquals(new long[] {0x7}, model.stateAt(model.firstSeq() - 1).words(0), "the start state");
            assertArrayEquals(new long[] {0x8}, model.stateAt(model.lastSeq()).words(0), "the kernel's final bitmap");
            AllocationSpan alloc = model.allocations().liveAt(model.lastSeq()).get(0);
            assertEquals(0x30000060L, alloc.address());
            assertEquals("dma_alloc+0x5/0x50", header.label(alloc.label()));
        }
    }

    @Test
    void aPoolWhoseReplayDivergesIsNotWritten() throws Exception {
        Path captureFile = CaptureText.write(dir, BOOT_POOL.formatted("0x30000080", 2016, 0x10L));
        Capture capture = CaptureReader.read(captureFile);
        Path trace = dir.resolve("diverged.pstrace");
        CaptureNotReplayedException refused = assertThrows(CaptureNotReplayedException.class,
                () -> CaptureRecording.record(capture, capture.pools().get(0), trace));
        assertTrue(refused.getMessage().contains("diverges at seq 1: kernel 0x30000080, replay 0x30000060"),
                refused.getMessage());
        assertFalse(Files.exists(trace));
        try (var files = Files.list(dir)) {
            assertEquals(Set.of(captureFile.getFileName().toString()), Set.copyOf(files.map(f -> f.getFileName().toString()).toList()),
                    "no part file left either");
        }
    }

    @Test
    void everyPoolOfARealKernelsCaptureEndsInItsFinalBitmap() throws Exception {
        Path file = dir.resolve("debian-6.1-qemu.capture");
        try (InputStream in = getClass().getResourceAsStream("debian-6.1-qemu.capture")) {
            Files.copy(in, file);
        }
        Capture capture = CaptureReader.read(file);
        for (CapturedPool pool : capture.pools()) {
            Path trace = dir.resolve(Long.toHexString(pool.pointer()) + ".pstrace");
            CaptureRecording.record(capture, pool, trace);
            try (TraceFile opened = TraceFile.open(trace)) {
                ReplayModel model = ReplayModel.open(opened);
                assertTrue(TraceCheck.run(opened, model, true).passed(), pool.label(capture.pools()));
                List<SnapshotChunk> kernel = pool.endSnapshot().orElseThrow().chunks();
                PoolState end = model.stateAt(model.lastSeq());
                for (int id = 0; id < kernel.size(); id++) {
                    assertArrayEquals(kernel.get(kernel.size() - 1 - id).words(), end.words(id), "chunk " + id);
                }
                assertTrue(opened.header().labels().containsAll(pool.callers()), "every caller a label");
            }
        }
    }
}
