package dev.poolscope.analysis.capture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A capture the poolscope_capture module made of Debian 12's kernel (6.1.0-57-amd64) under QEMU:
 * four pools driven by a test module (every algorithm but first_fit_order_align on one, two chunks
 * with best_fit, phys -1, failures), kept as it came out of debugfs.
 */
class RealKernelCaptureTest {

    @TempDir
    Path dir;

    @Test
    void everyAllocationOfTheRealKernelLandsWhereItDidAndEveryFinalBitmapIsEqual() throws IOException {
        Path file = dir.resolve("debian-6.1-qemu.capture");
        try (InputStream in = getClass().getResourceAsStream("debian-6.1-qemu.capture")) {
            Files.copy(in, file);
        }

        FidelityReport report = FidelityCheck.check(file);

        assertEquals("6.1.0-57-amd64", report.capture().header().kernelRelease());
        assertEquals(4, report.pools().size());
        for (PoolFidelity pool : report.pools()) {
            assertTrue(pool.passed(), pool.label() + ": " + pool.divergences() + pool.problems());
            assertEquals(EndComparison.State.EQUAL, pool.end().state(), pool.end().difference());
        }
        assertEquals(17, report.allocsPassed());
        assertEquals(0, report.allocsFailed());
        assertTrue(report.passed());
    }
}
