package dev.poolscope.analysis.fragmentation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Asserts that an incremental tracker's counts and metrics are a full scan's, for each of its request sizes. */
public final class ExtentsAgree {

    private ExtentsAgree() {
    }

    public static void assertAgree(ExtentStats scanned, FreeExtents tracked, String label) {
        assertEquals(scanned.free(), tracked.free(), label + ": F");
        assertEquals(scanned.extents(), tracked.extents(), label + ": R");
        assertEquals(scanned.largest(), tracked.largest(), label + ": L");
        assertArrayEquals(scanned.histogram(), tracked.histogram(), label + ": histogram");
        assertEquals(scanned.external(), tracked.external(), 1e-12, label + ": E");
        assertEquals(scanned.meanExtent(), tracked.meanExtent(), 1e-9, label + ": F/R");
        long[] requests = tracked.requestUnits();
        for (int i = 0; i < requests.length; i++) {
            long n = requests[i];
            assertEquals(scanned.slots(n), tracked.slots(i), label + ": S(" + n + ")");
            assertEquals(scanned.alignedSlots(n), tracked.alignedSlots(i), label + ": Sa(" + n + ")");
            assertEquals(scanned.unusable(n), tracked.unusable(i), 1e-12, label + ": U(" + n + ")");
            assertEquals(scanned.unusableAligned(n), tracked.unusableAligned(i), 1e-12, label + ": Ua(" + n + ")");
            assertEquals(scanned.fragmentationIndex(n), tracked.fragmentationIndex(i), 1e-12, label + ": FI(" + n + ")");
        }
    }

    /** The same extents, start by start, and the same counts. */
    public static void assertSameExtents(ExtentStats scanned, ExtentStats snapshot, String label) {
        assertEquals(scanned.extents(), snapshot.extents(), label + ": R");
        for (int i = 0; i < scanned.extents(); i++) {
            assertEquals(scanned.extentStart(i), snapshot.extentStart(i), label + ": start of extent " + i);
            assertEquals(scanned.extentLength(i), snapshot.extentLength(i), label + ": length of extent " + i);
        }
    }
}
