package dev.poolscope.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.poolscope.analysis.capture.Capture;
import dev.poolscope.analysis.capture.CaptureEvent;
import dev.poolscope.analysis.capture.CaptureReader;
import dev.poolscope.analysis.capture.CaptureRecording;
import dev.poolscope.analysis.capture.CapturedPool;
import dev.poolscope.analysis.capture.EndComparison;
import dev.poolscope.analysis.capture.FidelityCheck;
import dev.poolscope.analysis.capture.FidelityReport;
import dev.poolscope.analysis.capture.PoolFidelity;
import dev.poolscope.analysis.capture.PoolSnapshot;
import dev.poolscope.analysis.capture.SnapshotChunk;
import dev.poolscope.model.PoolState;
import dev.poolscope.model.ReplayModel;
import dev.poolscope.model.TraceCheck;
import dev.poolscope.trace.file.TraceFile;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The proof on a real kernel: Debian's own kernel boots under QEMU, the capture module records the
 * project's workload modules (pools of orders 0 to 12, several chunks, every algorithm with its data,
 * failures, frees of every kind, a pool made before the capture started, and two kthreads on two CPUs
 * sharing a pool), and Poolscope's replay of the capture must land every allocation where that kernel did;
 * each pool imported as a trace must pass the trace check and end in the kernel's final bitmap.
 */
class RealKernelFidelityTest {

    private static final Set<String> ALGORITHMS = Set.of("gen_pool_first_fit", "gen_pool_first_fit_align",
            "gen_pool_fixed_alloc", "gen_pool_first_fit_order_align", "gen_pool_best_fit");

    @TempDir
    Path dir;

    @Test
    void everyAllocationOfTheWorkloadModulesLandsWhereTheRunningKernelPutIt() throws Exception {
        Path file = QemuKernel.capture(dir, "ring=262144");
        Capture capture = CaptureReader.read(file);
        assertEquals(0, capture.lostRecords(), "a capture checked whole");
        assertFalse(capture.isTruncated());
        Set<String> used = new TreeSet<>();
        capture.pools().forEach(pool -> pool.allocs().forEach(alloc -> used.add(alloc.algo().symbol())));
        assertTrue(used.containsAll(ALGORITHMS), "every algorithm ran in the kernel: " + used);
        assertTrue(capture.pools().stream().anyMatch(RealKernelFidelityTest::startsFromABusySnapshot),
                "a pool made before the capture, first seen with units allocated");

        FidelityReport report = FidelityCheck.check(capture);
        long overlapped = 0;
        for (PoolFidelity pool : report.pools()) {
            assertTrue(pool.passed(), pool.toString());
            assertEquals(EndComparison.State.EQUAL, pool.end().state(), pool.label() + ": the final bitmap");
            if (pool.overlapped() == 0) {
                assertEquals(pool.allocs(), pool.allocsPassed(), pool.label() + ": every address the kernel's");
            }
            overlapped += pool.overlapped();
        }
        assertTrue(overlapped > 0, "the two kthreads' operations overlapped in time on two CPUs");
        assertTrue(report.allocsPassed() > 1000, report.allocsPassed() + " allocations checked");
        assertEquals(0, report.allocsFailed());

        CommandRun run = CommandRun.of("fidelity", file.toString());
        assertEquals(0, run.exitCode, run.toString());
        List<String> lines = run.out.lines().toList();
        Matcher last = Pattern.compile("(\\d+) passed, 0 failed").matcher(lines.get(lines.size() - 1));
        assertTrue(last.matches(), run.out);
        assertEquals(report.allocsPassed(), Long.parseLong(last.group(1)));
        assertTrue(run.out.contains("reordered:"), "the multi-threaded pool's reorderings are reported:\n" + run.out);
        for (CapturedPool pool : capture.pools()) {
            importedTraceEndsInTheKernelsBitmap(capture, pool);
        }
    }

    /** The pool imported as a trace: it passes the trace check and its replay ends in the kernel's final words. */
    private void importedTraceEndsInTheKernelsBitmap(Capture capture, CapturedPool pool) throws Exception {
        String label = pool.label(capture.pools());
        Path trace = dir.resolve(Long.toHexString(pool.pointer()) + "-" + pool.firstSeq() + ".pstrace");
        CaptureRecording.record(capture, pool, trace);
        try (TraceFile file = TraceFile.open(trace)) {
            ReplayModel model = ReplayModel.open(file);
            TraceCheck.CheckResult check = TraceCheck.run(file, model, true);
            assertTrue(check.passed(), label + ": " + check.violations());
            List<SnapshotChunk> kernel = pool.endSnapshot().orElseThrow().chunks();
            PoolState end = model.stateAt(model.lastSeq());
            for (int id = 0; id < kernel.size(); id++) {
                assertArrayEquals(kernel.get(kernel.size() - 1 - id).words(), end.words(id), label + " chunk " + id);
            }
        }
    }

    private static boolean startsFromABusySnapshot(CapturedPool pool) {
        return pool.start().filter(PoolSnapshot.class::isInstance).map(PoolSnapshot.class::cast)
                .filter(snapshot -> snapshot.why() == PoolSnapshot.Why.FIRST)
                .map(snapshot -> snapshot.chunks().stream().mapToLong(SnapshotChunk::allocatedUnits).sum() > 0)
                .orElse(false) && pool.records().stream().anyMatch(CaptureEvent.Alloc.class::isInstance);
    }
}
