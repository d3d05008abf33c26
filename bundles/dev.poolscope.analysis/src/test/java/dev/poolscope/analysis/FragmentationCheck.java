package dev.poolscope.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.poolscope.analysis.failure.FailedAlloc;
import dev.poolscope.analysis.failure.FailureReason;
import dev.poolscope.analysis.fragmentation.ExtentStats;
import dev.poolscope.analysis.fragmentation.InternalFragmentation;
import dev.poolscope.testkit.BitmapReplay;
import dev.poolscope.trace.ChunkGeometry;
import dev.poolscope.trace.Event;
import dev.poolscope.trace.EventCursor;
import dev.poolscope.trace.EventKind;
import dev.poolscope.trace.Trace;
import dev.poolscope.trace.TraceHeader;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;

/**
 * Checks a trace's fragmentation series point by point against a full recomputation: at each point's
 * event, every chunk's words from a plain replay scanned whole ({@link ExtentStats#ofChunk}), the live
 * requests' sizes summed by {@link InternalFragmentation#lostBytes(long[], int)}, and the failed ALLOC_ENDs counted.
 */
final class FragmentationCheck {

    private static final double TOLERANCE = 1e-12;

    private FragmentationCheck() {
    }

    /** Reads {@code trace} once more and checks every point of {@code series}; returns the points checked. */
    static int check(Trace trace, FragmentationSeries series) throws IOException {
        TraceHeader header = trace.header();
        BitmapReplay replay = new BitmapReplay(header);
        // live request sizes as a multiset: in a real-thread trace a free's end may be numbered after
        // the next alloc of its address, so sizes are not kept by address
        Map<Long, Long> liveSizes = new HashMap<>();
        long[] failedInBucket = new long[FailureReason.values().length + 1];
        List<FailedAlloc> failures = series.failures();
        int failureIndex = 0;
        int point = 0;
        Series seqs = series.pool().free();
        try (EventCursor cursor = trace.from(0)) {
            for (Event event = cursor.next(); event != null; event = cursor.next()) {
                replay.apply(event);
                if (event.kind() == EventKind.ALLOC_END && event.p1() != 0) {
                    liveSizes.merge(event.p0(), 1L, Long::sum);
                } else if (event.kind() == EventKind.FREE_END) {
                    liveSizes.merge(event.p1(), -1L, Long::sum);
                } else if (event.kind() == EventKind.ALLOC_END) {
                    FailedAlloc failure = failures.get(failureIndex++);
                    assertEquals(event.seq(), failure.at(), "failure " + (failureIndex - 1));
                    failedInBucket[0]++;
                    failedInBucket[1 + failure.reason().ordinal()]++;
                }
                if (point < seqs.size() && event.seq() == seqs.seq(point)) {
                    checkPoint(header, replay, series, point, liveSizes, failedInBucket);
                    Arrays.fill(failedInBucket, 0);
                    point++;
                }
            }
        }
        assertEquals(seqs.size(), point, "every point stands for an event of the trace");
        assertEquals(failures.size(), failureIndex, "every failure is an ALLOC_END with address 0");
        return point;
    }

    private static void checkPoint(TraceHeader header, BitmapReplay replay, FragmentationSeries series, int point,
            Map<Long, Long> liveSizes, long[] failedInBucket) {
        String at = "point " + point + " (event " + series.pool().free().seq(point) + ")";
        List<ExtentStats> chunks = new ArrayList<>();
        for (ChunkGeometry chunk : header.chunks()) {
            ExtentStats scanned = ExtentStats.ofChunk(replay.words(chunk.id()), chunk.size() >>> header.minAllocOrder());
            chunks.add(scanned);
            assertExtents(scanned, series.chunks().get(chunk.id()), series.requestUnits(), point, at + ", chunk " + chunk.id());
        }
        assertExtents(ExtentStats.combine(chunks), series.pool(), series.requestUnits(), point, at + ", pool");
        long[] sizes = liveSizes.entrySet().stream()
                .flatMapToLong(size -> LongStream.generate(size::getKey).limit(size.getValue()))
                .toArray();
        assertEquals(InternalFragmentation.lostBytes(sizes, header.minAllocOrder()), series.internalBytes().value(point),
                at + ": internal bytes");
        assertEquals(failedInBucket[0], series.failedAllocs().value(point), at + ": failures");
        for (FailureReason reason : FailureReason.values()) {
            assertEquals(failedInBucket[1 + reason.ordinal()], series.failedAllocs(reason).value(point),
                    at + ": failures for " + reason.label());
        }
    }

    private static void assertExtents(ExtentStats scanned, ExtentSeries series, long[] requests, int point, String at) {
        assertEquals(scanned.free(), series.free().value(point), at + ": F");
        assertEquals(scanned.extents(), series.extents().value(point), at + ": R");
        assertEquals(scanned.largest(), series.largest().value(point), at + ": L");
        assertEquals(scanned.external(), series.external().value(point), TOLERANCE, at + ": E");
        for (int i = 0; i < requests.length; i++) {
            assertEquals(scanned.unusable(requests[i]), series.unusable().get(i).value(point), TOLERANCE,
                    at + ": U(" + requests[i] + ")");
            assertEquals(scanned.fragmentationIndex(requests[i]), series.fragmentationIndex().get(i).value(point),
                    TOLERANCE, at + ": FI(" + requests[i] + ")");
        }
    }
}
