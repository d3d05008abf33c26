package dev.poolscope.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.poolscope.testkit.ComputedTrace;
import dev.poolscope.testkit.MemoryTrace;
import dev.poolscope.testkit.Recorded;
import dev.poolscope.testkit.WatchedTrace;
import dev.poolscope.trace.scenario.Scenarios;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** One pass hands every event to every sink, reading the trace once. */
class TracePassTest {

    @Test
    void everySinkGetsEveryEventInOrderFromOneRead() throws Exception {
        MemoryTrace events = Recorded.scenario(Scenarios.byName("cross-word-rollback")).trace();
        WatchedTrace trace = new WatchedTrace(events);
        List<Event> first = new ArrayList<>();
        List<Event> second = new ArrayList<>();

        TracePass.run(trace, read -> { }, first::add, second::add);

        assertEquals(events.events(), first);
        assertEquals(events.events(), second);
        assertEquals(1, trace.reads());
    }

    @Test
    void aSinkRefusingAnEventStopsThePass() throws Exception {
        MemoryTrace events = Recorded.scenario(Scenarios.byName("same-word-race")).trace();
        IOException refusal = new IOException("refused");
        List<Event> later = new ArrayList<>();
        EventSink refusing = event -> {
            if (event.seq() == 3) {
                throw refusal;
            }
        };

        IOException thrown = assertThrows(IOException.class, () -> TracePass.run(events, read -> { }, refusing, later::add));

        assertSame(refusal, thrown);
        assertEquals(events.events().subList(0, 3), later, "the events before the refused one, not it");
    }

    @Test
    void aProgressListenerThrowingStopsThePassAtItsReport() {
        ComputedTrace trace = new Ticks(3L * ReadProgress.EVENTS);
        long[] taken = new long[1];
        IllegalStateException cancel = new IllegalStateException("cancelled");

        IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> TracePass.run(trace, read -> {
            throw cancel;
        }, event -> taken[0]++));

        assertSame(cancel, thrown);
        assertEquals(ReadProgress.EVENTS, taken[0], "no event after the first report");
    }

    /** Events of one thread, one after another; only their number matters to a pass. */
    private static final class Ticks extends ComputedTrace {

        private final TraceHeader header = new TraceHeader(5, "mainline", "first_fit",
                List.of(new ChunkGeometry(0, 0x1000_0000L, 0, 4096)), 1, "ticks", 0);

        Ticks(long events) {
            super(events);
        }

        @Override
        protected Event eventAt(long seq) {
            return new Event(seq, 0, seq, -1, EventKind.ALLOC_BEGIN, 32, 0, 0, 0, 0);
        }

        @Override
        public TraceHeader header() {
            return header;
        }
    }
}
