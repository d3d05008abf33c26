package dev.poolscope.trace.scenario;

import dev.poolscope.trace.sched.ScheduleScript;
import dev.poolscope.trace.sched.ScheduleSegment;
import dev.poolscope.trace.sched.Until;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A scenario's {@code schedule:} entry: {@code round-robin} or {@code explore} after the colon, or
 * one segment per indented line, as {@link ScheduleSegment#describe()} writes them: {@code run TN
 * until it reaches KIND}, {@code ... until it reads word W}, {@code ... until it ends an operation},
 * each optionally followed by {@code N times}, or {@code run TN to its end}.
 */
final class ScheduleText {

    private static final String ROUND_ROBIN = "round-robin";
    private static final String EXPLORE = "explore";
    private static final Pattern RUN = Pattern.compile("run\\s+T(\\S+)\\s+(.*)");
    private static final Pattern TO_END = Pattern.compile("to\\s+its\\s+end");
    private static final Pattern UNTIL = Pattern.compile("until\\s+it\\s+(?:reaches\\s+(\\S+)|reads\\s+word\\s+(\\S+)"
            + "|(ends\\s+an\\s+operation))(?:\\s+(\\S+)\\s+times)?");
    private static final String SEGMENT_FORMS = "run TN until it reaches KIND, run TN until it reads word W, "
            + "run TN until it ends an operation (each optionally followed by N times), or run TN to its end";

    private ScheduleText() {
    }

    /** The schedule of a scenario of {@code threads} threads; a segment naming another thread is told at its line. */
    static ScheduleScript parse(Entry entry, int threads) {
        if (!entry.value().isEmpty()) {
            return named(entry);
        }
        if (entry.body().isEmpty()) {
            throw entry.head().error("the schedule has no segments: give one per indented line, or write 'schedule: "
                    + ROUND_ROBIN + "' or 'schedule: " + EXPLORE + "'");
        }
        List<ScheduleSegment> segments = new ArrayList<>();
        for (Line line : entry.body()) {
            ScheduleSegment segment = segment(line);
            line.check(() -> Scenario.checkThread(segment, threads));
            segments.add(segment);
        }
        return new ScheduleScript.Segments(segments);
    }

    /** The entry's lines, as {@link #parse} reads them: its head, then its segments indented. */
    static List<String> write(ScheduleScript schedule) {
        List<String> lines = new ArrayList<>();
        if (schedule instanceof ScheduleScript.Segments segments) {
            lines.add("schedule:");
            segments.segments().forEach(segment -> lines.add(ScenarioWriter.INDENT + segment.describe()));
        } else {
            lines.add("schedule: " + (schedule instanceof ScheduleScript.RoundRobin ? ROUND_ROBIN : EXPLORE));
        }
        return lines;
    }

    private static ScheduleScript named(Entry entry) {
        String value = entry.oneLine();
        if (value.equals(ROUND_ROBIN)) {
            return new ScheduleScript.RoundRobin();
        } else if (value.equals(EXPLORE)) {
            return new ScheduleScript.Explore();
        }
        throw entry.head().error("expected 'schedule: " + ROUND_ROBIN + "', 'schedule: " + EXPLORE
                + "', or 'schedule:' with its segments on the indented lines below it, got " + Values.quote(value));
    }

    private static ScheduleSegment segment(Line line) {
        Matcher run = RUN.matcher(line.text());
        if (!run.matches()) {
            throw line.error("expected a segment (" + SEGMENT_FORMS + "), got " + Values.quote(line.text()));
        }
        int thread = Values.whole(line, "a thread number", run.group(1));
        if (TO_END.matcher(run.group(2)).matches()) {
            return new ScheduleSegment.RunToEnd(thread);
        }
        Matcher until = UNTIL.matcher(run.group(2));
        if (!until.matches()) {
            throw line.error("expected a segment (" + SEGMENT_FORMS + "), got " + Values.quote(line.text()));
        }
        int times = until.group(4) == null ? 1 : Values.whole(line, "a segment's count", until.group(4));
        Until condition = until.group(1) != null ? Until.reaches(Values.kind(line, until.group(1)))
                : until.group(2) != null ? Until.readsWord(Values.whole(line, "a word index", until.group(2)))
                : Until.endsOperation();
        return line.checked(() -> new ScheduleSegment.RunUntil(thread, condition, times));
    }
}
