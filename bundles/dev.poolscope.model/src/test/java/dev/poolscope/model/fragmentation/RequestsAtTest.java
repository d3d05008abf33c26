package dev.poolscope.model.fragmentation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

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
    void theLastRequestIsReadOffTheEvents() throws Exception {
        Recorded run = Recorded.workload(Recorded.overfilledPool(), Schedule.random(5));
        List<Event> events = run.events();
        ReplayModel model = ReplayModel.open(run.trace(), 64);
        assertEquals(OptionalLong.empty(), RequestsAt.lastUnits(model, events.get(0).seq() - 1));
        long lastNbits = -1;
        for (Event e : events) {
            if (e.kind() == EventKind.ALLOC_BEGIN) {
                lastNbits = e.p1();
            }
            OptionalLong expected = lastNbits < 0 ? OptionalLong.empty() : OptionalLong.of(lastNbits);
            assertEquals(expected, RequestsAt.lastUnits(model, e.seq()), "at " + e.seq());
        }
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
