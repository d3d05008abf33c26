package dev.poolscope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.poolscope.trace.Trace;
import dev.poolscope.trace.file.TraceFile;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** explore's table and CSV, and record --schedule replaying an outcome's schedule. */
class ExploreCommandTest {

    /** Two threads, one allocation each, on a one-word chunk. */
    private static final String SMALL = "threads=2 ops=1 sizes=uniform:256..512 chunks=2KiB@0x10000000 seed=3";

    private static final Pattern SUMMARY = Pattern.compile("(\\d+) executions, (\\d+) outcomes, (\\d+) violations");

    @TempDir
    Path dir;

    @Test
    void theTableListsEachOutcomeWithItsScheduleAndEndsWithTheCounts() {
        CommandRun run = CommandRun.expecting(0, "explore", "--scenario", "cross-word-rollback");

        List<String> lines = run.lines();
        Matcher last = SUMMARY.matcher(lines.get(lines.size() - 1));
        assertTrue(last.matches(), run::toString);
        assertEquals("0", last.group(3));
        long rows = lines.stream().filter(l -> l.trim().startsWith("schedule ")).count();
        assertEquals(Long.parseLong(last.group(2)), rows, run::toString);
        assertTrue(lines.get(lines.size() - 2).startsWith("explored " + last.group(1) + " executions"), run::toString);
    }

    @Test
    void withAndWithoutReductionTheCsvHasTheSameOutcomes() {
        CommandRun reduced = CommandRun.expecting(0, "explore", "--workload", SMALL, "--csv");
        CommandRun every = CommandRun.expecting(0, "explore", "--workload", SMALL, "--csv", "--no-reduction");

        assertEquals("outcome,executions,sequential,violation,schedule", reduced.lines().get(0));
        assertEquals(outcomes(every), outcomes(reduced));
        Matcher reducedCounts = summary(reduced.err);
        Matcher everyCounts = summary(every.err);
        assertTrue(Long.parseLong(reducedCounts.group(1)) < Long.parseLong(everyCounts.group(1)), reduced.err + every.err);
    }

    @Test
    void recordReplaysTheScheduleAnOutcomeRowGives() throws Exception {
        CommandRun table = CommandRun.expecting(0, "explore", "--scenario", "cross-word-rollback", "--csv");
        List<String> row = fields(table.lines().get(1));
        Path trace = dir.resolve("outcome.pstrace");

        CommandRun record = CommandRun.expecting(0, "record", "--scenario", "cross-word-rollback", "--schedule", row.get(4),
                "-o", trace.toString());

        assertTrue(record.out.contains("on schedule " + row.get(4)), record::toString);
        CommandRun.expecting(0, "replay", trace.toString(), "--check");
        try (Trace opened = TraceFile.open(trace)) {
            assertTrue(opened.header().workload().endsWith("schedule=" + row.get(4)), opened.header()::toString);
        }
    }

    @Test
    void aBadScheduleIsNamed() {
        CommandRun run = CommandRun.expecting(1, "record", "--scenario", "cross-word-rollback", "--schedule", "0*3,x",
                "-o", dir.resolve("x.pstrace").toString());

        assertTrue(run.err.contains("schedule item 2 'x' is not a thread number"), run::toString);
        CommandRun tooShort = CommandRun.expecting(1, "record", "--scenario", "cross-word-rollback", "--schedule", "0*3",
                "-o", dir.resolve("y.pstrace").toString());
        assertTrue(tooShort.err.contains("the schedule has 3 steps, but some threads have not finished"), tooShort::toString);
    }

    private static Matcher summary(String text) {
        Matcher matcher = SUMMARY.matcher(text.trim());
        assertTrue(matcher.matches(), text);
        return matcher;
    }

    private static Set<String> outcomes(CommandRun csv) {
        return csv.lines().stream().skip(1).map(line -> fields(line).get(0)).collect(Collectors.toSet());
    }

    /** The fields of a CSV line whose fields may be quoted (quotes doubled inside). */
    private static List<String> fields(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"' && quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                field.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }
}
