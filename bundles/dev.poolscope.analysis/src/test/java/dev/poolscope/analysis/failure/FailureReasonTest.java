package dev.poolscope.analysis.failure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The one rule that names a failure's reason, on numbers worked out by hand. */
class FailureReasonTest {

    @Test
    void fewerFreeUnitsThanAskedIsNoSpace() {
        assertEquals(FailureReason.NO_SPACE, FailureReason.classify(8, 7, 7, false));
        assertEquals(FailureReason.NO_SPACE, FailureReason.classify(1, 0, 0, false), "a full pool");
    }

    @Test
    void enoughFreeUnitsInNoLongEnoughExtentIsFragmentation() {
        assertEquals(FailureReason.FRAGMENTATION, FailureReason.classify(8, 8, 7, false), "F = n, L = n - 1");
        assertEquals(FailureReason.FRAGMENTATION, FailureReason.classify(8, 1000, 4, false));
    }

    @Test
    void aLongEnoughExtentTheAlgorithmRefusedIsAlignment() {
        assertEquals(FailureReason.ALIGNMENT, FailureReason.classify(8, 8, 8, false), "L = n");
        assertEquals(FailureReason.ALIGNMENT, FailureReason.classify(8, 100, 60, false));
    }

    @Test
    void aSearchThatWouldHaveFoundAPlaceLostARace() {
        assertEquals(FailureReason.LOST_RACE, FailureReason.classify(8, 100, 60, true));
        assertEquals(FailureReason.LOST_RACE, FailureReason.classify(8, 8, 8, true));
    }

    @Test
    void aRequestOfNoUnitsIsRefused() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> FailureReason.classify(0, 5, 5, false));
        assertEquals("a request of 0 units cannot fail: it takes at least 1", error.getMessage());
    }

    @Test
    void aFailureSaysItsReasonWithItsNumbers() {
        FailedAlloc failed = FailedAlloc.of(17, 2, 1536, 48, 1210, 31, false);
        assertEquals(FailureReason.FRAGMENTATION, failed.reason());
        assertEquals("fragmentation: 48 units (1536 bytes) asked, 1210 free, longest free extent 31", failed.describe());
        assertEquals("no space: 1 unit (1 byte) asked, 0 free, longest free extent 0",
                FailedAlloc.of(3, 0, 1, 1, 0, 0, false).describe(), "one of each is said in the singular");
        assertEquals("failed_lost_race", FailureReason.LOST_RACE.column());
        assertEquals("failed_fragmentation", FailureReason.FRAGMENTATION.column());
    }
}
