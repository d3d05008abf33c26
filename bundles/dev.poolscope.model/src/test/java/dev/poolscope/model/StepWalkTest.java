package dev.poolscope.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.poolscope.core.Variant;
import dev.poolscope.testkit.MemoryTrace;
import dev.poolscope.trace.Event;
import dev.poolscope.trace.EventCursor;
import dev.poolscope.trace.Trace;
import dev.poolscope.trace.TraceHeader;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.Random;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The replay head moved by steps (forward by applying events, back by undoing them, or restored
 * from a checkpoint when far) gives at every event the state a straight replay from the first event
 * gives, and the events the trace has.
 */
class StepWalkTest {

    private static RecordedRun run;
    private static List<Event> events;
    /** {@code straight.get(i)}: the state after {@code events.get(i)}, replayed from the start without a seek. */
    private static List<PoolState> straight;
    private static PoolState beforeFirst;

    @BeforeAll
    static void record() throws Exception {
        run = RecordedRun.of(Variant.MAINLINE, 4, 600, true, 12);
        events = run.trace.events();
        ReplayState full = ReplayState.initial(PoolGeometry.of(run.trace.header()), run.trace.header().threads());
        beforeFirst = full.snapshot();
        straight = new ArrayList<>();
        for (Event event : events) {
            full.apply(event);
            straight.add(full.snapshot());
        }
        assertTrue(events.size() > 2 * ReplayHead.WINDOW, "walks back further than the head's window: " + events.size());
    }

    /** The straight replay's state after the last event at or before {@code seq}. */
    private static PoolState straightAt(long seq) {
        int low = 0;
        int high = events.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (events.get(middle).seq() <= seq) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low == 0 ? beforeFirst : straight.get(low - 1);
    }

    @ParameterizedTest(name = "checkpoint every {0} events")
    @ValueSource(ints = {1, 97, ReplayHead.WINDOW + 904})
    void stepsForwardToTheEndAndBackShowTheStraightReplaysStates(int interval) throws IOException {
        ReplayModel model = ReplayModel.open(run.trace, interval);
        long seq = model.firstSeq();
        assertEquals(straight.get(0), model.stateAt(seq));
        for (int i = 1; i < events.size(); i++) {
            seq = model.nextEvent(seq).orElseThrow();
            assertEquals(events.get(i).seq(), seq);
            assertEquals(straight.get(i), model.stateAt(seq), "state at " + seq + " stepping forward");
            assertEquals(straight.get(i - 1), model.stateAt(seq - 1), "state before " + seq + " stepping forward");
        }
        assertEquals(OptionalLong.empty(), model.nextEvent(seq));
        for (int i = events.size() - 2; i >= 0; i--) {
            seq = model.previousEvent(seq).orElseThrow();
            assertEquals(events.get(i).seq(), seq);
            assertEquals(straight.get(i), model.stateAt(seq), "state at " + seq + " stepping back");
            assertEquals(events.get(i), model.eventAt(seq).orElseThrow());
        }
        assertEquals(OptionalLong.empty(), model.previousEvent(seq));
    }

    @ParameterizedTest(name = "checkpoint every {0} events")
    @ValueSource(ints = {97, ReplayHead.WINDOW + 904})
    void eachThreadsStepsShowTheStraightReplaysStates(int interval) throws IOException {
        ReplayModel model = ReplayModel.open(run.trace, interval);
        for (int thread = 0; thread < run.trace.header().threads(); thread++) {
            int t = thread;
            List<Integer> ofThread = new ArrayList<>();
            for (int i = 0; i < events.size(); i++) {
                if (events.get(i).thread() == t) {
                    ofThread.add(i);
                }
            }
            long seq = -1;
            for (int index : ofThread) {
                seq = model.nextEventOf(t, seq).orElseThrow();
                assertEquals(events.get(index).seq(), seq, "thread " + t + " forward");
                assertEquals(straight.get(index), model.stateAt(seq), "state at " + seq + " of thread " + t);
            }
            assertEquals(OptionalLong.empty(), model.nextEventOf(t, seq));
            for (int k = ofThread.size() - 2; k >= 0; k--) {
                seq = model.previousEventOf(t, seq).orElseThrow();
                assertEquals(events.get(ofThread.get(k)).seq(), seq, "thread " + t + " back");
                assertEquals(straight.get(ofThread.get(k)), model.stateAt(seq), "state at " + seq + " of thread " + t);
            }
        }
    }

    /** An interval of three windows: a seek replays events without holding them, up to a window before its target. */
    @ParameterizedTest(name = "checkpoint every {0} events")
    @ValueSource(ints = {3000, 3 * ReplayHead.WINDOW})
    void randomMovesNearAndFarShowTheStraightReplaysStates(int interval) throws IOException {
        ReplayModel model = ReplayModel.open(run.trace, interval);
        Random random = new Random(3);
        long last = model.lastSeq();
        long seq = random.nextInt((int) last);
        for (int move = 0; move < 3000; move++) {
            long distance = switch (random.nextInt(4)) {
                case 0 -> 1 + random.nextInt(8); // a step or a few
                case 1 -> 1 + random.nextInt(2 * ReplayHead.WINDOW); // inside the window or just past it
                default -> random.nextInt((int) last + 10); // a seek anywhere
            };
            long target = random.nextBoolean() ? Math.min(last + 3, seq + distance) : Math.max(-2, seq - distance);
            assertEquals(straightAt(target), model.stateAt(target), "state at " + target + " from " + seq);
            long probe = Math.max(0, target - random.nextInt(40));
            assertEquals(events.stream().filter(e -> e.seq() == probe).findFirst(), model.eventAt(probe),
                    "event " + probe + " from " + target);
            seq = target;
        }
    }

    @Test
    void aReadThatFailsLeavesTheNextQueryRight() throws IOException {
        int bad = events.size() / 2;
        FailingOnce trace = new FailingOnce(run.trace, events.get(bad).seq());
        ReplayModel model = ReplayModel.open(trace, 97);
        trace.armed = true;
        long seq = events.get(bad - 500).seq();
        assertEquals(straightAt(seq), model.stateAt(seq));
        IOException failure = null;
        while (failure == null) {
            try {
                seq = model.nextEvent(seq).orElseThrow();
            } catch (IOException e) {
                failure = e;
            }
        }
        assertEquals(events.get(bad - 1).seq(), seq, "the step that read the bad event failed");
        // the failed cursor is past the bad event: going on with it would skip the event
        long target = events.get(bad).seq();
        assertEquals(straight.get(bad), model.stateAt(target), "after the failure, from a checkpoint and a new cursor");
        assertEquals(straight.get(bad - 1), model.stateAt(seq));
    }

    /** A trace whose cursors fail once, on reading event {@code failAt}, as a read of a damaged block does. */
    private static final class FailingOnce implements Trace {

        private final MemoryTrace events;
        private final long failAt;
        boolean armed;

        FailingOnce(MemoryTrace events, long failAt) {
            this.events = events;
            this.failAt = failAt;
        }

        @Override
        public TraceHeader header() {
            return events.header();
        }

        @Override
        public long eventCount() {
            return events.eventCount();
        }

        @Override
        public long lastSeq() {
            return events.lastSeq();
        }

        @Override
        public EventCursor from(long fromSeq) {
            EventCursor cursor = events.from(fromSeq);
            return new EventCursor() {
                @Override
                public Event next() throws IOException {
                    Event event = cursor.next();
                    if (armed && event != null && event.seq() == failAt) {
                        armed = false;
                        throw new IOException("event " + failAt + " cannot be read");
                    }
                    return event;
                }

                @Override
                public void close() throws IOException {
                    cursor.close();
                }
            };
        }

        @Override
        public void close() {
        }
    }
}
