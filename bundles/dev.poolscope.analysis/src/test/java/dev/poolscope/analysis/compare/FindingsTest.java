package dev.poolscope.analysis.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.poolscope.analysis.log.AllocationLog;
import dev.poolscope.trace.workload.PoolSpec;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The findings follow the data: best-fit named worse where it fails more, better where it fails fewer, and an
 * end state that looks better because its algorithm failed more allocations says so.
 */
class FindingsTest {

    @TempDir
    Path dir;

    private List<String> findings(String rows, PoolSpec pool, String contenders) throws Exception {
        AllocationLog log = HandLogs.read(dir, rows);
        return Findings.of(Comparison.run(log, pool, Contender.parseList(contenders, 5), 1, new long[] {1}));
    }

    @Test
    void whereBestFitFailsMoreTheWordsSaySo() throws Exception {
        assertEquals(List.of(
                "first-fit failed the fewest allocations (0 of 6); best-fit the most (1)",
                "first-fit failed none of 6 allocations",
                "best-fit failed 1 of 6 allocations, that one for fragmentation (enough free units, no extent long enough)",
                "best-fit ended with a largest free extent of 3 units; first-fit had no free unit left;"
                        + " best-fit failed 1 allocation to first-fit's 0",
                "first-fit ended least fragmented (E = 0.000), best-fit most (E = 0.250)"),
                findings(HandLogs.BEST_FIT_FAILS_MORE, HandLogs.TEN_UNITS, "first-fit,best-fit"));
    }

    @Test
    void whereBestFitFailsFewerTheWordsSaySo() throws Exception {
        assertEquals(List.of(
                "best-fit failed the fewest allocations (0 of 5); first-fit the most (1)",
                "first-fit failed 1 of 5 allocations, that one for fragmentation (enough free units, no extent long enough)",
                "best-fit failed none of 5 allocations",
                "first-fit ended with a largest free extent of 2 units; best-fit had no free unit left;"
                        + " first-fit failed 1 allocation to best-fit's 0",
                "best-fit ended least fragmented (E = 0.000), first-fit most (E = 0.333)"),
                findings(HandLogs.BEST_FIT_FAILS_FEWER, HandLogs.SIX_UNITS, "first-fit,best-fit"));
    }

    @Test
    void largestExtentsBothAboveZeroAreComparedAsARatio() throws Exception {
        List<String> findings = findings(HandLogs.BEST_FIT_FAILS_MORE, HandLogs.TEN_UNITS, "best-fit,fixed");
        assertEquals("fixed:0 failed 4 of 6 allocations, every one for alignment (an extent long enough, none at an"
                + " offset the algorithm accepts)", findings.get(2));
        assertEquals("fixed:0 kept the largest free extent 2.3× larger than best-fit at the end (7 vs 3 units);"
                + " fixed:0 failed 4 allocations to best-fit's 1",
                findings.get(3));
    }

    @Test
    void failuresForSeveralReasonsAreCountedPerReason() throws Exception {
        List<String> findings = findings(HandLogs.BEST_FIT_FAILS_MORE, HandLogs.TEN_UNITS, "order-align");
        assertEquals(List.of("order-align failed 2 of 6 allocations: 1 for fragmentation, 1 for alignment"), findings);
    }

    @Test
    void equalResultsAreSaidAsTies() throws Exception {
        assertEquals(List.of(
                "every algorithm failed the same number of allocations: 0 of 6",
                "first-fit failed none of 6 allocations",
                "first-fit@v4-patch failed none of 6 allocations",
                "every algorithm ended with the same largest free extent, 0 units",
                "every algorithm ended with the same external fragmentation, E = 0.000"),
                findings(HandLogs.BEST_FIT_FAILS_MORE, HandLogs.TEN_UNITS, "first-fit,first-fit@v4-patch"));
    }
}
