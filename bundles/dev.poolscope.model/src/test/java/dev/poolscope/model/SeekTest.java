package dev.poolscope.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.poolscope.core.Variant;
import dev.poolscope.testkit.BitmapReplay;
import dev.poolscope.testkit.MemoryTrace;
import dev.poolscope.trace.Event;
import dev.poolscope.trace.EventKind;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.Random;
import java.util.function.Predicate;
import java.util.stream.LongStream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Seeking and stepping through checkpoints gives what a full replay from the first event gives. */
class SeekTest {

    private static RecordedRun run;
    private static List<Event> events;

    @BeforeAll
    static void record() throws Exception {
        run = RecordedRun.of(Variant.MAINLINE, 4, 600, true, 5);
        events = run.trace.events();
    }

    /** Targets in ascending order: random events, the ends, and numbers before and after every event. */
    private static long[] targets(Random random, int count) {
        long last = events.get(events.size() - 1).seq();
        LongStream ends = LongStream.of(-1, 0, 1, last - 1, last, last + 5);
        return LongStream.concat(ends, random.longs(count, 0, last + 1)).sorted().toArray();
    }

    @ParameterizedTest(name = "checkpoint every {0} events")
    @ValueSource(ints = {1, 97, 1000, Integer.MAX_VALUE})
    void everySeekEqualsAFullReplay(int interval) throws IOException {
        ReplayModel model = ReplayModel.open(run.trace, interval);
        BitmapReplay naive = new BitmapReplay(run.trace.header());
        ReplayState full = ReplayState.initial(PoolGeometry.of(run.trace.header()), run.trace.header().threads());
        int next = 0;
        for (long target : targets(new Random(interval), 300)) {
            while (next < events.size() && events.get(next).seq() <= target) {
                naive.apply(events.get(next));
                full.apply(events.get(next++));
            }
            PoolState state = model.stateAt(target);
            assertEquals(full.snapshot(), state, "state at " + target);
            for (int chunk = 0; chunk < state.chunkCount(); chunk++) {
                assertArrayEquals(naive.words(chunk), state.words(chunk), "bitmap of chunk " + chunk + " at " + target);
                assertEquals(naive.avail(chunk), state.avail(chunk), "avail of chunk " + chunk + " at " + target);
            }
        }
    }

    @Test
    void stepsForwardAndBackMeetTheNeighbouringEvents() throws IOException {
        ReplayModel model = ReplayModel.open(run.trace, 97);
        assertEquals(OptionalLong.empty(), model.previousEvent(model.firstSeq()));
        assertEquals(OptionalLong.empty(), model.nextEvent(model.lastSeq()));
        assertEquals(OptionalLong.of(model.firstSeq()), model.nextEvent(-1));
        Random random = new Random(1);
        for (int i = 0; i < 300; i++) {
            int index = 1 + random.nextInt(events.size() - 2);
            long seq = events.get(index).seq();
            assertEquals(OptionalLong.of(events.get(index + 1).seq()), model.nextEvent(seq));
            assertEquals(OptionalLong.of(events.get(index - 1).seq()), model.previousEvent(seq));
            assertEquals(OptionalLong.of(seq), model.nextEvent(model.previousEvent(seq).orElseThrow()));
            assertEquals(OptionalLong.of(seq), model.previousEvent(model.nextEvent(seq).orElseThrow()));
            assertEquals(events.get(index), model.eventAt(seq).orElseThrow());
        }
    }

    @Test
    void eachThreadCanBeWalkedThroughFromEndToEndBothWays() throws IOException {
        ReplayModel model = ReplayModel.open(run.trace, 97);
        for (int thread = 0; thread < run.trace.header().threads(); thread++) {
            int t = thread;
            List<Long> ofThread = events.stream().filter(e -> e.thread() == t).map(Event::seq).toList();
            List<Long> forward = new ArrayList<>();
            for (OptionalLong seq = model.nextEventOf(t, -1); seq.isPresent();
                    seq = model.nextEventOf(t, seq.getAsLong())) {
                forward.add(seq.getAsLong());
            }
            assertEquals(ofThread, forward, "thread " + t + " forwards");
            List<Long> backward = new ArrayList<>();
            for (OptionalLong seq = model.previousEventOf(t, model.lastSeq() + 1); seq.isPresent();
                    seq = model.previousEventOf(t, seq.getAsLong())) {
                backward.add(0, seq.getAsLong());
            }
            assertEquals(ofThread, backward, "thread " + t + " backwards");
        }
    }

    @Test
    void landmarkStepsFindTheNearestEventOfTheirKind() throws IOException {
        ReplayModel model = ReplayModel.open(run.trace, 97);
        assertLandmarks(model, Landmark.RACE, Event::casFailed);
        assertLandmarks(model, Landmark.ROLLBACK, e -> e.kind() == EventKind.ROLLBACK);
        assertLandmarks(model, Landmark.RETRY, e -> e.kind() == EventKind.RETRY);
        assertLandmarks(model, Landmark.ALLOC, e -> e.kind() == EventKind.ALLOC_BEGIN);
        assertLandmarks(model, Landmark.FREE, e -> e.kind() == EventKind.FREE_BEGIN);
        assertLandmarks(model, Landmark.FAILURE, e -> e.kind() == EventKind.ALLOC_END && e.p1() == 0);
        assertTrue(model.count(Landmark.ALLOC) > 0 && model.count(Landmark.FREE) > 0);
    }

    private static void assertLandmarks(ReplayModel model, Landmark landmark, Predicate<Event> kind) {
        long[] seqs = events.stream().filter(kind).mapToLong(Event::seq).toArray();
        assertEquals(seqs.length, model.count(landmark));
        for (long target : targets(new Random(landmark.ordinal()), 200)) {
            OptionalLong next = LongStream.of(seqs).filter(s -> s > target).findFirst();
            OptionalLong previous = LongStream.of(seqs).filter(s -> s < target).max();
            assertEquals(next, model.next(landmark, target), landmark + " after " + target);
            assertEquals(previous, model.previous(landmark, target), landmark + " before " + target);
        }
    }

    @Test
    void aTraceThatLostEventsIsSteppedAcrossTheGap() throws IOException {
        // as a file that lost a block reads: events 100..199 are missing
        List<Event> kept = events.stream().filter(e -> e.seq() < 100 || e.seq() >= 200).toList();
        ReplayModel model = ReplayModel.open(new MemoryTrace(run.trace.header(), kept), 40);
        assertEquals(OptionalLong.of(99), model.previousEvent(200));
        assertEquals(OptionalLong.of(200), model.nextEvent(99));
        assertEquals(OptionalLong.of(200), model.nextEvent(150));
        PoolState inGap = model.stateAt(150);
        assertEquals(99, inGap.seq());
        assertEquals(model.stateAt(99), inGap);
        assertTrue(model.eventAt(150).isEmpty());
    }
}
