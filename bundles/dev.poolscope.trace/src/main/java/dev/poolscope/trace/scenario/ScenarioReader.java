package dev.poolscope.trace.scenario;

import dev.poolscope.core.Variant;
import dev.poolscope.trace.sched.ScheduleScript;
import dev.poolscope.trace.workload.PoolSpec;
import dev.poolscope.trace.workload.ScriptedProgram.Instruction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a scenario from its file's entries, in whatever order they come, each entry's problems
 * told at its line: an unknown or repeated key, threads out of order, a value that cannot be read.
 */
final class ScenarioReader {

    private static final String THREAD = "thread ";
    private static final List<String> KEYS = List.of("name", "title", "explanation", "pool", "side-by-side", "schedule",
            "interesting");
    private static final String NEEDED = "a scenario has name, title, explanation, pool, thread 0 (and 1, ...), "
            + "schedule and interesting; side-by-side is optional";

    private final Map<String, Entry> entries = new HashMap<>();
    private final List<Entry> threads = new ArrayList<>();
    private final Line end;

    private ScenarioReader(Line end) {
        this.end = end;
    }

    /** The scenario of the file {@code source}, whose text is {@code text}. */
    static Scenario read(String source, String text) {
        ScenarioReader reader = new ScenarioReader(new Line(source, ScenarioLines.lastLine(text), ""));
        ScenarioLines.entries(source, text).forEach(reader::take);
        return reader.scenario();
    }

    private void take(Entry entry) {
        if (entry.key().startsWith(THREAD)) {
            takeThread(entry);
        } else if (!KEYS.contains(entry.key())) {
            throw entry.head().error("unknown key " + Values.quote(entry.key())
                    + " (known: name, title, explanation, pool, side-by-side, thread N, schedule, interesting)");
        } else if (entries.containsKey(entry.key())) {
            throw entry.head().error("'" + entry.key() + ":' is given twice (first on line "
                    + entries.get(entry.key()).head().number() + ")");
        } else {
            entries.put(entry.key(), entry);
        }
    }

    private void takeThread(Entry entry) {
        String number = entry.key().substring(THREAD.length()).strip();
        int thread = Values.whole(entry.head(), "a thread number", number);
        if (thread != threads.size()) {
            throw entry.head().error("expected thread " + threads.size() + " next (threads are numbered from 0, "
                    + "in order), got thread " + thread);
        }
        threads.add(entry);
    }

    private Scenario scenario() {
        Entry nameEntry = required("name");
        String name = nameEntry.oneLine();
        nameEntry.head().check(() -> Scenario.checkName(name));
        String title = required("title").oneLine();
        String explanation = explanation(required("explanation"));
        PoolSpec pool = PoolText.parse(required("pool"));
        List<Variant> sideBySide = sideBySide(pool);
        if (threads.isEmpty()) {
            throw end.error("the file ends without 'thread 0:' (" + NEEDED + ")");
        }
        List<List<Instruction>> scripts = new ArrayList<>();
        for (Entry thread : threads) {
            scripts.add(ProgramText.parse(scripts.size(), thread.items()));
        }
        ScheduleScript schedule = ScheduleText.parse(required("schedule"), scripts.size());
        Entry interesting = required("interesting");
        EventMatch match = MatchText.parse(interesting);
        interesting.head().check(() -> Scenario.checkMatch(match, pool));
        return new Scenario(name, title, explanation, pool, sideBySide, scripts, schedule, match);
    }

    private Entry required(String key) {
        Entry entry = entries.get(key);
        if (entry == null) {
            throw end.error("the file ends without '" + key + ":' (" + NEEDED + ")");
        }
        return entry;
    }

    /** The text after the colon and on the indented lines below it, joined by single spaces. */
    private static String explanation(Entry entry) {
        List<String> parts = new ArrayList<>();
        if (!entry.value().isEmpty()) {
            parts.add(entry.value());
        }
        entry.body().forEach(line -> parts.add(line.text()));
        if (parts.isEmpty()) {
            throw entry.head().error("'explanation:' needs a paragraph, after the colon or on indented lines below it");
        }
        return String.join(" ", parts);
    }

    /** The variants after {@code side-by-side:}, comma-separated; none when the entry is absent. */
    private List<Variant> sideBySide(PoolSpec pool) {
        Entry entry = entries.get("side-by-side");
        List<Variant> variants = new ArrayList<>();
        if (entry != null) {
            for (String id : entry.oneLine().split(",", -1)) {
                variants.add(entry.head().checked(() -> Variant.byId(id.strip())));
            }
            entry.head().check(() -> Scenario.checkSideBySide(pool, variants));
        }
        return variants;
    }
}
