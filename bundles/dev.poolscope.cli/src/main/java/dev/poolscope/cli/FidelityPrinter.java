package dev.poolscope.cli;

import dev.poolscope.analysis.capture.Capture;
import dev.poolscope.analysis.capture.EndComparison;
import dev.poolscope.analysis.capture.PoolFidelity;

import java.io.PrintWriter;
import java.util.Locale;

/** The text of {@code poolscope fidelity}: what the capture is, then one block per pool. */
final class FidelityPrinter {

    private FidelityPrinter() {
    }

    /** The capture's header, its truncation and its losses. */
    static void capture(PrintWriter out, Capture capture) {
        out.printf(Locale.ROOT, "%s: kernel %s, %,d records, %,d pool%s%n", capture.source(),
                capture.header().kernelRelease(), capture.records().size(), capture.pools().size(),
                capture.pools().size() == 1 ? "" : "s");
        if (capture.isTruncated()) {
            out.printf(Locale.ROOT, "  truncated: no end line; read up to its last whole record, %,d bytes dropped from line %,d%n",
                    capture.truncatedBytes(), capture.stoppedAtLine());
        }
        if (capture.lostRecords() > 0) {
            out.printf(Locale.ROOT, "  %,d records lost by the module: pools alive then are checked only up to the loss%n",
                    capture.lostRecords());
        }
    }

    static void pool(PrintWriter out, PoolFidelity pool) {
        out.printf(Locale.ROOT, "%s pool %s name %s: order %d, %d chunk%s, start %s%n", pool.passed() ? "PASS" : "FAIL",
                pool.label(), pool.name(), pool.order(), pool.chunks(), pool.chunks() == 1 ? "" : "s", pool.start());
        out.println("  algorithms: " + (pool.algorithms().isEmpty() ? "none" : String.join(", ", pool.algorithms())));
        out.printf(Locale.ROOT, "  allocs: %,d checked, %,d passed, %,d failed (%,d of them failed in the kernel); frees: %,d, %,d failed%n",
                pool.allocs(), pool.allocsPassed(), pool.allocsFailed(), pool.kernelFailed(), pool.frees(), pool.freesFailed());
        out.printf(Locale.ROOT, "  overlapped: %,d (checked for consistency, not searched); reordered: %,d completed after one that entered later%n",
                pool.overlapped(), pool.reordered());
        out.println("  final bitmap: " + end(pool.end()));
        out.println("  first divergence: " + pool.firstDivergence().map(Object::toString).orElse("none"));
        pool.incomplete().ifPresent(text -> out.println("  incomplete: " + text));
        pool.problems().forEach(text -> out.println("  problem: " + text));
        pool.notes().forEach(text -> out.println("  note: " + text));
    }

    private static String end(EndComparison end) {
        return switch (end.state()) {
            case EQUAL -> "equal to the end snapshot (every chunk's words and avail)";
            case DIFFERENT -> "differs from the end snapshot: " + end.difference();
            case NO_SNAPSHOT -> "not compared: the capture has no final or destroy snapshot of this pool";
            case NOT_REACHED -> "not compared: the replay stopped before the end snapshot";
        };
    }
}
