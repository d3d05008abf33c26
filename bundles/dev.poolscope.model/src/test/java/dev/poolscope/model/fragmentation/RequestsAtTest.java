package dev.poolscope.model.fragmentation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.poolscope.model.Landmark;
import dev.poolscope.model.ReplayModel;
import dev.poolscope.testkit.Recorded;
import dev.poolscope.trace.Event;
import dev.poolscope.trace.EventKind;
import dev.poolscope.trace.sched.Schedule;

import java.util.List;
import java.util.OptionalLong;

import org.junit.jupiter.api.Test;

/** The requests a trace was serving at an event, and its bitmaps as the fragmentation views read them. */
class RequestsAtTest {

    @Test
    void theLastRequestAndTheFailedOneAreReadOffTheEvents() throws Exception {
        Recorded run = Recorded.workload(Recorded.overfilledPool(), Schedule.random(5));
        List<Event> events = run.events();
        ReplayModel model = ReplayModel.open(run.trace(), 64);
        assertEquals(OptionalLong.empty(), RequestsAt.lastUnits(model, events.get(0).seq() - 1));
        long lastNbits = -1;
        int failures = 0;
        for (Event e : events) {
            if (e.kind() == EventKind.ALLOC_BEGIN) {
                lastNbits = e.p1();
            }
            OptionalLong expected = lastNbits < 0 ? OptionalLong.empty() : OptionalLong.of(lastNbits);
            assertEquals(expected, RequestsAt.lastUnits(model, e.seq()), "at " + e.seq());
            boolean failed = e.kind() == EventKind.ALLOC_END && e.p1() == 0;
            assertEquals(failed, RequestsAt.failedAt(model, e.seq()).isPresent(), "at " + e.seq());
            if (failed) {
                failures++;
                RequestsAt.FailedRequest request = RequestsAt.failedAt(model, e.seq()).orElseThrow();
                assertEquals(e.p0(), request.bytes());
                long unit = 1L << model.header().minAllocOrder();
                assertEquals((e.p0() + unit - 1) / unit, request.units(), "the bytes rounded up to whole units");
                assertEquals(e.thread(), request.thread());
            }
        }
        assertEquals(model.count(Landmark.FAILURE), failures);
        assertTrue(failures > 0);
    }

    @Test
    void aRecordedPoolsBitsAreItsStatesWordsAndItsChunksUnits() throws Exception {
        Recorded run = Recorded.workload(Recorded.overfilledPool(), Schedule.random(5));
        ReplayModel model = ReplayModel.open(run.trace(), 64);
        long middle = run.events().get(run.events().size() / 2).seq();
        PoolBits bits = PoolBits.of(model.header(), model.stateAt(middle));
        assertEquals(1, bits.chunkCount());
        assertEquals(8192 >> model.header().minAllocOrder(), bits.bitCount(0));
        assertArrayEquals(model.stateAt(middle).words(0), bits.words(0));
    }
}
