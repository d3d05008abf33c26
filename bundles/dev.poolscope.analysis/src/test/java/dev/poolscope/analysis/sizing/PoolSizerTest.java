package dev.poolscope.analysis.sizing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.poolscope.analysis.compare.Contender;
import dev.poolscope.analysis.log.AllocationLog;
import dev.poolscope.analysis.log.AllocationLogReader;
import dev.poolscope.analysis.log.LogPoolText;
import dev.poolscope.analysis.log.LogReplay;
import dev.poolscope.core.PoolLimits;
import dev.poolscope.trace.workload.PoolSpec;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Smallest pools worked out by hand on small logs, each checked again by replays of our own. */
class PoolSizerTest {

    private static final PoolSpec AT_0X1000 = LogPoolText.parse("order=5 chunks=4096@0x1000");

    @TempDir
    Path dir;

    @Test
    void aLogThatPeaksAtSixLiveUnitsNeedsSixUnderFirstFit() throws Exception {
        // 4 units at 0, 2 at 4; the 4 are freed and the last 2 go to 0: never more than 6 live
        AllocationLog log = read("""
                alloc,100,1
                alloc,50,2
                free,,1
                alloc,64,3
                """);
        assertEquals(6, PoolSizer.peakLiveUnits(log, 5));
        PoolSize size = PoolSizer.size(log, AT_0X1000, Contender.parse("first-fit", 5));
        assertEquals(6, size.units());
        assertEquals(192, size.bytes());
        assertEquals(0, size.failedAtUnits());
        assertEquals(1, size.failedOneLess(), "with 5 units the 2 units of id 2 find no room after id 1's 4");
        assertEquals(0, failedOn(log, "first-fit", 6));
        assertEquals(1, failedOn(log, "first-fit", 5));
        assertEquals("first-fit: 6 units (192 bytes)", size.describe());
        assertEquals("verified: 6 units: 0 failed; 5 units: 1 failed", size.verification());
    }

    @Test
    void bestFitNeedsAUnitMoreThanFirstFitWhereItFragments() throws Exception {
        // holes of 5 and 4 units, then 3, 2, 4 units: best-fit puts the 3 in the 4-hole and the 2 in the 5-hole,
        // and 4 units find no room on 10 units (compare.HandLogs.BEST_FIT_FAILS_MORE works it out)
        AllocationLog log = read("""
                alloc,160,1
                alloc,32,2
                alloc,128,3
                free,,1
                free,,3
                alloc,96,4
                alloc,64,5
                alloc,128,6
                """);
        assertEquals(10, PoolSizer.peakLiveUnits(log, 5));
        PoolSize firstFit = PoolSizer.size(log, AT_0X1000, Contender.parse("first-fit", 5));
        PoolSize bestFit = PoolSizer.size(log, AT_0X1000, Contender.parse("best-fit", 5));
        assertEquals(10, firstFit.units());
        assertEquals(11, bestFit.units());
        assertEquals(1, bestFit.failedOneLess(), "on 10 units best-fit fails the last alloc");
        assertEquals(0, failedOn(log, "best-fit", 11));
        assertEquals(1, failedOn(log, "best-fit", 10));
    }

    @Test
    void aFixedOffsetHoldsNoTwoLiveAllocsAtAnySize() throws Exception {
        AllocationLog log = read("""
                alloc,32,1
                alloc,32,2
                """);
        PoolSize size = PoolSizer.size(log, AT_0X1000, Contender.parse("fixed", 5));
        assertFalse(size.holds());
        assertEquals(PoolLimits.MAX_TRACED_BITS, size.units());
        assertEquals(1, size.failedAtUnits());
        assertTrue(size.describe().startsWith("fixed:0: no pool holds this log"), size.describe());
    }

    @Test
    void aOneUnitLogHasNoSmallerPoolToCheck() throws Exception {
        AllocationLog log = read("alloc,1,1\nfree,,1\n");
        PoolSize size = PoolSizer.size(log, AT_0X1000, Contender.parse("order-align", 5));
        assertEquals(1, size.units());
        assertEquals(-1, size.failedOneLess());
        assertEquals("verified: 1 units: 0 failed; no smaller pool exists", size.verification());
    }

    private AllocationLog read(String rows) throws Exception {
        Path file = Files.createTempFile(dir, "sized", ".csv");
        Files.writeString(file, "op,size,id\n" + rows);
        return AllocationLogReader.read(file);
    }

    private static long failedOn(AllocationLog log, String contender, long units) {
        PoolSpec pool = Contender.parse(contender, 5).on(LogPoolText.parse("order=5 chunks=" + (units * 32) + "@0x1000"));
        return LogReplay.replay(log, pool).failed();
    }
}
