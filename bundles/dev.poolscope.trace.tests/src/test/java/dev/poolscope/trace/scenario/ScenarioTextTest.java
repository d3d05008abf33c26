package dev.poolscope.trace.scenario;

import static dev.poolscope.trace.workload.ScriptedProgram.alloc;
import static dev.poolscope.trace.workload.ScriptedProgram.freeAllocation;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.poolscope.core.Algorithm;
import dev.poolscope.core.Variant;
import dev.poolscope.trace.EventKind;
import dev.poolscope.trace.sched.ScheduleScript;
import dev.poolscope.trace.sched.ScriptedSchedule;
import dev.poolscope.trace.sched.Until;
import dev.poolscope.trace.workload.ChunkSpec;
import dev.poolscope.trace.workload.PoolSpec;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A scenario written as text reads back equal, whatever its parts; a file written freely reads as its canonical text. */
class ScenarioTextTest {

    static Stream<String> builtIns() {
        return Scenarios.all().stream().map(Scenario::name);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("builtIns")
    void aBuiltInReadsBackEqualFromWhatIsWritten(String name) {
        Scenario scenario = Scenarios.byName(name);
        assertEquals(scenario, ScenarioText.parse(name, ScenarioText.write(scenario)));
    }

    static Stream<Arguments> everySchedule() {
        ScheduleScript segments = ScriptedSchedule.builder().runUntil(0, Until.endsOperation(), 2)
                .runUntil(1, Until.readsWord(1)).runUntil(1, Until.reaches(EventKind.CAS), 3).runToEnd(0).runToEnd(1)
                .script();
        List<EventMatch> matches = List.of(new EventMatch.CasFailure(), new EventMatch.Contention(),
                new EventMatch.PartialSetWithBitsSet(), new EventMatch.OfKind(EventKind.RETRY),
                new EventMatch.InChunk(EventKind.SEARCH, 1));
        return Stream.of(segments, new ScheduleScript.RoundRobin(), new ScheduleScript.Explore())
                .flatMap(schedule -> matches.stream().map(match -> Arguments.of(schedule, match)));
    }

    @ParameterizedTest(name = "{0}, {1}")
    @MethodSource("everySchedule")
    void everyScheduleAndMatcherReadsBackEqual(ScheduleScript schedule, EventMatch match) {
        Scenario scenario = new Scenario("every-form", "Every form", "Two chunks, an aligning algorithm, two threads.",
                new PoolSpec(6, List.of(new ChunkSpec(0x2000_0000L, 8192), new ChunkSpec(0xffff_0000_0000L, 3 << 20)),
                        Algorithm.firstFitAlign(256), Variant.MAINLINE),
                List.of(Variant.PRE_PATCH),
                List.of(List.of(alloc(100), alloc(4096), freeAllocation(1), freeAllocation(0)), List.of(alloc(1))),
                schedule, match);
        String text = ScenarioText.write(scenario);
        assertEquals(scenario, ScenarioText.parse("every-form", text));
        assertTrue(text.contains("    chunk 0xffff00000000 3MiB\n    algorithm first_fit_align align=256\n"), text);
        assertTrue(text.contains("\ninteresting: first " + match.describe() + "\n"), text);
    }

    @Test
    void aFileWrittenFreelyReadsAsItsCanonicalForm() {
        String free = String.join("\r\n",
                "# entries in any order, comments anywhere, tabs and spaces for indentation",
                "interesting:   first  RETRY",
                "schedule:",
                "\t# a comment inside a block",
                "\trun T0 until it reads word 0",
                "  run   T1 until it ends an operation   2 times",
                "",
                "thread 0:",
                "    alloc 1K   ",
                "thread 1:",
                "    alloc 128",
                "    alloc 2KiB",
                "pool:",
                "    variant mainline",
                "    chunk 0x10000000 4096",
                "    algorithm first_fit",
                "    order 5",
                "explanation:",
                "    Written freely,",
                "        then",
                "    read.",
                "title: Free form",
                "name: free-form");
        String canonical = String.join("\n",
                "name: free-form",
                "title: Free form",
                "explanation: Written freely, then read.",
                "",
                "pool:",
                "    order 5",
                "    chunk 0x10000000 4KiB",
                "    algorithm first_fit",
                "    variant mainline",
                "",
                "thread 0:",
                "    alloc 1KiB",
                "",
                "thread 1:",
                "    alloc 128",
                "    alloc 2KiB",
                "",
                "schedule:",
                "    run T0 until it reads word 0",
                "    run T1 until it ends an operation 2 times",
                "",
                "interesting: first RETRY",
                "");
        Scenario scenario = ScenarioText.parse("free.scenario", free);
        assertEquals(canonical, ScenarioText.write(scenario));
        assertEquals(scenario, ScenarioText.parse("canonical.scenario", canonical));
    }

    @Test
    void anExplanationWrapsAtSingleSpacesAndNeverBeforeAHash() {
        String explanation = "#1 first. " + "Then many words follow, ".repeat(8) + "two  spaces  stay, "
                + "and the frees #0 #1 #2 #3 #4 #5 #6 #7 #8 #9 #10 #11 #12 #13 #14 #15 #16 #17 #18 #19 #20 end.";
        Scenario scenario = withExplanation(Scenarios.byName("same-word-race"), explanation);
        String text = ScenarioText.write(scenario);
        List<String> lines = text.lines().takeWhile(line -> !line.isEmpty()).skip(2).toList();
        assertTrue(lines.size() > 2, text);
        assertTrue(lines.get(0).startsWith("explanation: #1 first."), text);
        for (String line : lines.subList(1, lines.size())) {
            assertTrue(line.startsWith("    ") && !line.strip().startsWith("#"), line);
        }
        assertTrue(lines.stream().filter(line -> !line.contains("#")).allMatch(line -> line.length() <= 100), text);
        assertEquals(scenario, ScenarioText.parse("wrapped", text));
    }

    @Test
    void anExploredScenarioRecordsAsRoundRobin() throws Exception {
        Scenario roundRobin = Scenarios.byName("locked-vs-lockless");
        Scenario explored = new Scenario(roundRobin.name(), roundRobin.title(), roundRobin.explanation(),
                roundRobin.pool(), roundRobin.sideBySide(), roundRobin.scripts(), new ScheduleScript.Explore(),
                roundRobin.interesting());
        for (Variant variant : roundRobin.variants()) {
            assertEquals(ScenariosTest.record(roundRobin, variant).events(),
                    ScenariosTest.record(explored, variant).events());
        }
        assertFalse(roundRobin.equals(explored), "the schedules differ as data");
    }

    private static Scenario withExplanation(Scenario s, String explanation) {
        return new Scenario(s.name(), s.title(), explanation, s.pool(), s.sideBySide(), s.scripts(), s.schedule(),
                s.interesting());
    }
}
