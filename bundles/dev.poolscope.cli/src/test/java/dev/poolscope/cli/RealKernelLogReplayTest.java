package dev.poolscope.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.poolscope.analysis.capture.Capture;
import dev.poolscope.analysis.capture.CaptureEvent;
import dev.poolscope.analysis.capture.CaptureReader;
import dev.poolscope.analysis.capture.CapturedPool;
import dev.poolscope.analysis.capture.FidelityCheck;
import dev.poolscope.analysis.capture.FidelityReport;
import dev.poolscope.analysis.capture.PoolSnapshot;
import dev.poolscope.analysis.capture.SnapshotChunk;
import dev.poolscope.analysis.compare.Contender;
import dev.poolscope.analysis.fragmentation.BitmapScan;
import dev.poolscope.analysis.log.AllocationLog;
import dev.poolscope.analysis.log.KernelScript;
import dev.poolscope.analysis.log.LogReplay;
import dev.poolscope.analysis.log.ReplayResult;
import dev.poolscope.analysis.log.TraceOperations;
import dev.poolscope.core.Variant;
import dev.poolscope.testkit.Recorded;
import dev.poolscope.trace.file.TraceFile;
import dev.poolscope.trace.workload.PoolSpec;
import dev.poolscope.trace.workload.Workload;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fragmentation analysis's proof against the running kernel's own C code: an allocation log of the
 * standard workload kind is replayed inside Debian's kernel under QEMU, once per algorithm of the
 * comparison (the log-replay module), and each replay in Poolscope ({@link LogReplay}, what metrics,
 * compare, size and report run on) must give every alloc the kernel's address and end with the kernel's
 * bitmap, chunk by chunk. In the same boot, a module written apart from the project's workloads
 * ({@code releng/capture/testdata/foreign}), loaded unchanged, must pass the fidelity check too.
 */
class RealKernelLogReplayTest {

    /** The standard workload, one thread, on two small chunks filled to 90%: many allocations fail. */
    private static final String WORKLOAD = "threads=1 ops=1500 fill=0.9 chunks=48KiB@0x10000000,16KiB@0x20000000 seed=7";

    @TempDir
    Path dir;

    @Test
    void everyAlgorithmReplaysTheLogInTheKernelAsPoolscopeDoes() throws Exception {
        Path trace = dir.resolve("standard.pstrace");
        Recorded.toFile(Workload.parse(WORKLOAD), trace);
        AllocationLog log;
        PoolSpec pool;
        try (TraceFile file = TraceFile.open(trace)) {
            log = TraceOperations.read(file, trace);
            pool = TraceOperations.poolOf(file.header());
        }
        // the running kernel is mainline: the comparison's variants of other kernels are not its to check
        List<Contender> contenders = Contender.defaults(pool.minAllocOrder()).stream()
                .filter(contender -> contender.variant() == Variant.MAINLINE).toList();
        StringBuilder script = new StringBuilder();
        for (Contender contender : contenders) {
            KernelScript.write(log, contender.on(pool), script);
        }
        Path scriptFile = Files.writeString(dir.resolve("standard.script"), script);
        Path module = QemuKernel.logReplayModule(scriptFile, dir.resolve("poolscope_logreplay.ko"));
        Path foreign = QemuKernel.module(QemuKernel.script("testdata/foreign"), dir.resolve("foreign_pool.ko"));
        Capture capture = CaptureReader.read(QemuKernel.capture(dir, "ring=262144", module, foreign));
        assertEquals(0, capture.lostRecords());
        List<CapturedPool> pools = capture.pools();
        assertEquals(contenders.size() + 2, pools.size(), "a pool per algorithm, in the script's order; then the "
                + "foreign module's scratch pool and its SRAM pool");

        long failed = 0;
        for (int i = 0; i < contenders.size(); i++) {
            String name = contenders.get(i).name();
            ReplayResult replay = LogReplay.replay(log, contenders.get(i).on(pool));
            List<Long> kernel = pools.get(i).allocs().stream().map(CaptureEvent.Alloc::address).toList();
            assertEquals(Arrays.stream(replay.addresses()).boxed().toList(), kernel, name + ": every alloc's address");
            PoolSnapshot end = pools.get(i).endSnapshot().orElseThrow();
            assertArrayEquals(kernelBitmap(end), BitmapScan.bitmap(replay.pool()), name + ": the final bitmap");
            assertEquals(end.chunks().stream().mapToLong(SnapshotChunk::avail).sum(), replay.pool().avail(), name);
            failed += replay.failed();
        }
        assertTrue(failed > 0, "a log whose allocations fail, so failures are checked too");
        FidelityReport report = FidelityCheck.check(capture);
        assertTrue(report.passed(), () -> report.pools().toString());
        List<String> foreignAlgorithms = report.pools().subList(contenders.size(), pools.size()).stream()
                .flatMap(checked -> checked.algorithms().stream()).toList();
        assertTrue(foreignAlgorithms.toString().contains("gen_pool_fixed_alloc"), foreignAlgorithms.toString());
    }

    /** The end snapshot's words in order of addition: the kernel lists chunks newest first. */
    private static long[] kernelBitmap(PoolSnapshot snapshot) {
        List<SnapshotChunk> chunks = new ArrayList<>(snapshot.chunks());
        Collections.reverse(chunks);
        return chunks.stream().flatMapToLong(chunk -> LongStream.of(chunk.words())).toArray();
    }
}
