package dev.poolscope.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.poolscope.analysis.compare.Comparison;
import dev.poolscope.analysis.compare.Contender;
import dev.poolscope.analysis.compare.ContenderResult;
import dev.poolscope.analysis.failure.FailedAlloc;
import dev.poolscope.analysis.failure.FailureReason;
import dev.poolscope.analysis.fragmentation.FragmentationMetric;
import dev.poolscope.analysis.log.AllocationLogReader;
import dev.poolscope.analysis.log.LogPoolText;
import dev.poolscope.trace.workload.PoolSpec;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A log's report on a pool small enough to work every number out by hand (see {@link Logs#checkerboard}). */
class ReportNumbersTest {

    @TempDir
    Path dir;

    @Test
    void eachFailureHasTheReasonAndNumbersOfTheStateItFailedOn() throws Exception {
        PoolSpec pool = LogPoolText.parse(Logs.SMALL_POOL);
        ContenderResult replay = Comparison.run(AllocationLogReader.read(Logs.checkerboard(dir)), pool,
                List.of(Contender.of(pool)), 4, Comparison.defaultRequestUnits()).results().get(0);
        assertEquals(List.of(
                new FailedAlloc(192, 0, 64, 2, 64, 1, FailureReason.FRAGMENTATION),
                new FailedAlloc(193, 0, 4096, 128, 64, 1, FailureReason.NO_SPACE)), replay.failures());
        // checkpoints after floor(195 k / 4) operations: 48 and 97 allocated, then 64 freed of 128, then the end
        assertEquals(List.of(48, 97, 146, 195), replay.rows().stream().map(r -> r.afterOps()).toList());
        assertEquals(List.of(80L, 31L, 18L, 63L), replay.rows().stream().map(r -> r.extents().free()).toList());
        assertEquals(List.of(1, 1, 18, 63), replay.rows().stream().map(r -> r.extents().extents()).toList());
    }

    @Test
    void theCsvsHoldTheNumbersInLocaleRootAndTheFindingsSayThem() throws Exception {
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.GERMANY); // a decimal comma, were the report to follow the default locale
        Path report;
        try {
            report = Report.write(Logs.checkerboard(dir), Optional.of(LogPoolText.parse(Logs.SMALL_POOL)),
                    dir.resolve("report")).getParent();
        } finally {
            Locale.setDefault(before);
        }
        List<String> metrics = Files.readAllLines(report.resolve("metrics.csv"));
        assertEquals("after_ops,F,R,L,mean_extent,E,U_1,U_4,U_16,U_64,U_256,Ua_1,Ua_4,Ua_16,Ua_64,Ua_256,"
                + "FI_1,FI_4,FI_16,FI_64,FI_256,internal_bytes", metrics.get(0));
        // the end: 63 extents of one unit; E = 1 - 1/63; U(4) = Ua(4) = 1 (no 4-unit slot); FI(4) = 1 - (1 + 63/4)/63;
        // every request is one whole unit: no internal fragmentation
        assertEquals("195,63,63,1,1.000000,0.984127,0.000000,1.000000,1.000000,1.000000,1.000000,"
                + "0.000000,1.000000,1.000000,1.000000,1.000000,-1.000000,0.734127,0.921627,0.968502,0.980221,0",
                metrics.get(metrics.size() - 1));
        assertEquals(List.of("class,lengths,extents", "0,1,63"), Files.readAllLines(report.resolve("histogram-end.csv")));
        String page = Files.readString(report.resolve("index.html"));
        assertTrue(page.contains("First-fit failed 2 of 131 allocations: 1 for no space, 1 for fragmentation."), page);
        assertTrue(page.contains("63 units are free in 63 extents; the largest holds 1 (1.6% of the free units), "
                + "so E = 0.9841."), page);
        for (FragmentationMetric metric : FragmentationMetric.values()) {
            assertTrue(page.contains(HtmlPage.escape(metric.formula())), metric + "'s footnote");
        }
    }
}
