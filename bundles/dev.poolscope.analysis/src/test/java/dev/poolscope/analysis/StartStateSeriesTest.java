package dev.poolscope.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.poolscope.analysis.fragmentation.BitmapScan;
import dev.poolscope.analysis.fragmentation.ExtentStats;
import dev.poolscope.analysis.fragmentation.InternalFragmentation;
import dev.poolscope.analysis.log.TraceOperations;
import dev.poolscope.testkit.PrefilledRun;
import dev.poolscope.trace.ChunkGeometry;
import dev.poolscope.trace.Event;
import dev.poolscope.trace.EventKind;
import dev.poolscope.trace.TraceHeader;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * The analysis of a trace recorded from a pre-filled pool starts from its start state: free units
 * F and the longest extent L before the first event are the start state's, avail the size less it,
 * and at the end every number is the live pool's. Its operations cannot become an allocation log.
 */
class StartStateSeriesTest {

    private static final PrefilledRun RUN = PrefilledRun.record(21, 150, 300, List.of("caller_a", "caller_b"));

    /** The start state's extents, scanned from its bitmaps. */
    private static ExtentStats startExtents(TraceHeader header) {
        List<ExtentStats> chunks = new ArrayList<>();
        for (ChunkGeometry chunk : header.chunks()) {
            long units = chunk.size() >>> header.minAllocOrder();
            chunks.add(ExtentStats.ofChunk(header.start().words(chunk.id(), (int) ((units + 63) >>> 6)), units));
        }
        return ExtentStats.combine(chunks);
    }

    @Test
    void beforeTheFirstEventTheExtentsAreTheStartStates() {
        TraceHeader header = RUN.trace().header();
        ExtentStats start = startExtents(header);
        long units = header.chunks().stream().mapToLong(c -> c.size() >>> header.minAllocOrder()).sum();
        assertEquals(units - header.start().units(), start.free());
        assertTrue(start.largest() < start.free(), "the fill left holes");
        FragmentationState state = new FragmentationState(header, FragmentationState.defaultRequestUnits());
        assertEquals(start.free(), state.extents().free());
        assertEquals(start.largest(), state.extents().largest());
        assertEquals(start.extents(), state.extents().extents());
    }

    @Test
    void theSeriesStartFromTheStartStateAndEndOnTheLivePool() throws IOException {
        TraceHeader header = RUN.trace().header();
        // one event a point: the first point is after event 0, an ALLOC_BEGIN, which changes no bit
        TraceSeries series = TraceSeries.of(RUN.trace(), (int) RUN.trace().eventCount());
        assertEquals(EventKind.ALLOC_BEGIN, RUN.trace().events().get(0).kind());
        ExtentStats start = startExtents(header);
        assertEquals(start.free(), series.fragmentation().pool().free().value(0));
        assertEquals(start.largest(), series.fragmentation().pool().largest().value(0));
        long size = header.chunks().stream().mapToLong(ChunkGeometry::size).sum();
        assertEquals(size - (header.start().units() << header.minAllocOrder()), series.avail().value(0));

        int last = series.avail().size() - 1;
        assertEquals(RUN.pool().avail(), series.avail().value(last));
        ExtentStats end = BitmapScan.extents(RUN.pool());
        assertEquals(end.free(), series.fragmentation().pool().free().value(last));
        assertEquals(end.largest(), series.fragmentation().pool().largest().value(last));
        // the waste of what the trace allocated and still holds: frees of start-state memory take none away
        Map<Long, Long> held = new HashMap<>();
        for (Event event : RUN.trace().events()) {
            if (event.kind() == EventKind.ALLOC_END && event.p1() != 0) {
                held.put(event.p1(), event.p0());
            } else if (event.kind() == EventKind.FREE_END) {
                held.remove(event.p0());
            }
        }
        long waste = held.values().stream().mapToLong(bytes -> InternalFragmentation.lostBytes(bytes, 5)).sum();
        assertTrue(waste > 0);
        assertEquals(waste, series.fragmentation().internalBytes().value(last));
    }

    @Test
    void aTraceWithAStartStateIsNoAllocationLog() {
        IOException refused = assertThrows(IOException.class, () -> TraceOperations.read(RUN.trace(), Path.of("run.pstrace")));
        assertTrue(refused.getMessage().startsWith("run.pstrace: the trace starts with "), refused.getMessage());
        assertTrue(refused.getMessage().contains("an allocation log replays from an empty pool"), refused.getMessage());
    }
}
