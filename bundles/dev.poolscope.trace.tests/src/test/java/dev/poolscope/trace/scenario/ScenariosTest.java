package dev.poolscope.trace.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.poolscope.core.Variant;
import dev.poolscope.testkit.BitmapReplay;
import dev.poolscope.testkit.MemoryRecorder;
import dev.poolscope.testkit.Recorded;
import dev.poolscope.trace.Event;
import dev.poolscope.trace.sched.ControlledScheduler;
import dev.poolscope.trace.sched.Schedule;
import dev.poolscope.trace.sched.ScheduledRun;
import dev.poolscope.trace.sched.StepClock;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** What every scenario must be: deterministic, replayable, consistent, and showing something. */
class ScenariosTest {

    /** Every scenario under every variant it runs on. */
    static Stream<Arguments> runs() {
        return Scenarios.all().stream().flatMap(s -> s.variants().stream().map(v -> Arguments.of(s.name(), v)));
    }

    static Recorded record(Scenario scenario, Variant variant) throws Exception {
        StepClock clock = new StepClock();
        MemoryRecorder recorder = new MemoryRecorder(clock);
        ScheduledRun run = scenario.run(variant, recorder, clock);
        return new Recorded(run, recorder.trace(scenario.header(variant)));
    }

    @ParameterizedTest(name = "{0} under {1}")
    @MethodSource("runs")
    void twoRunsGiveTheSameEventsAndTheTakenScheduleReplaysThem(String name, Variant variant) throws Exception {
        Scenario scenario = Scenarios.byName(name);
        Recorded first = record(scenario, variant);
        Recorded second = record(scenario, variant);
        assertEquals(first.events(), second.events());
        assertEquals(first.run().schedule(), second.run().schedule());

        StepClock clock = new StepClock();
        MemoryRecorder recorder = new MemoryRecorder(clock);
        new ControlledScheduler(Schedule.explicit(first.run().schedule()))
                .run(scenario.pool().withVariant(variant), scenario.programs(), recorder, clock);
        assertEquals(first.events(), recorder.trace(scenario.header(variant)).events());
    }

    @ParameterizedTest(name = "{0} under {1}")
    @MethodSource("runs")
    void theBitmapsAtTheEndAreWhatTheRecordedWordChangesBuildAndTheInterestingEventIsThere(String name, Variant variant)
            throws Exception {
        Scenario scenario = Scenarios.byName(name);
        Recorded recorded = record(scenario, variant);
        assertEquals(BitmapReplay.words(recorded.run().pool()), BitmapReplay.replay(scenario.pool().minAllocOrder(),
                scenario.header(variant).chunks(), recorded.events()));
        assertTrue(scenario.interesting().firstIn(recorded.trace()).isPresent(), "an interesting event");
    }

    @Test
    void scenariosHaveKebabCaseNamesATitleAndAnExplanation() {
        assertEquals(List.of("same-word-race", "cross-word-rollback", "free-races-alloc", "retry-storm", "v4-search-start",
                "locked-vs-lockless"), Scenarios.all().stream().map(Scenario::name).toList());
        for (Scenario s : Scenarios.all()) {
            assertTrue(s.name().matches("[a-z0-9]+(-[a-z0-9]+)*"), s.name());
            assertFalse(s.title().isBlank());
            assertTrue(s.explanation().length() > 200, s.name());
            assertEquals(s, Scenarios.byName(s.name()));
            assertEquals("scenario=" + s.name(), s.header(s.pool().variant()).workload());
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Scenarios.byName("race"));
        assertTrue(e.getMessage().contains("unknown scenario 'race' (known: same-word-race, "), e.getMessage());
    }

    /** A built-in's file is the canonical text of its scenario, with a comment at the top saying what it shows. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("names")
    void aBuiltInFileIsItsCanonicalTextWithCommentsAtTheTop(String name) throws IOException {
        String file;
        try (InputStream in = Scenarios.class.getResourceAsStream("/scenarios/" + name + ".scenario")) {
            file = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertTrue(file.startsWith("# A scenario that ships with Poolscope"), file);
        String uncommented = file.lines().filter(line -> !line.startsWith("#"))
                .collect(Collectors.joining("\n", "", "\n"));
        assertEquals(ScenarioText.write(Scenarios.byName(name)), uncommented);
    }

    @Test
    void aBuiltInMissingFromTheBundleIsABrokenBuild() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Scenarios.builtIn("no-such-race"));
        assertEquals("built-in scenario /scenarios/no-such-race.scenario is missing from the bundle", e.getMessage());
    }

    static Stream<String> names() {
        return Scenarios.all().stream().map(Scenario::name);
    }

    /** The index of the first event at or after {@code from} by {@code thread} that passes {@code test}. */
    static int next(List<Event> events, int from, int thread, java.util.function.Predicate<Event> test) {
        int i = from;
        while (i < events.size() && !(events.get(i).thread() == thread && test.test(events.get(i)))) {
            i++;
        }
        assertTrue(i < events.size(), "no such event of T" + thread + " after #" + from);
        return i;
    }

    /** The index of the event with sequence number {@code seq}: a recorded run numbers its events densely from 0. */
    static int index(OptionalLong seq) {
        return (int) seq.orElseThrow();
    }

    static List<Long> addresses(ScheduledRun run, int thread) {
        List<Long> addresses = new ArrayList<>();
        run.threads().get(thread).operations().forEach(op -> addresses.add(op.address()));
        return addresses;
    }
}
