package dev.poolscope.trace.scenario;

import dev.poolscope.core.Variant;
import dev.poolscope.trace.EventProbe;
import dev.poolscope.trace.TraceHeader;
import dev.poolscope.trace.sched.ControlledScheduler;
import dev.poolscope.trace.sched.ScheduleException;
import dev.poolscope.trace.sched.ScheduleScript;
import dev.poolscope.trace.sched.ScheduleSegment;
import dev.poolscope.trace.sched.ScheduledRun;
import dev.poolscope.trace.sched.StepClock;
import dev.poolscope.trace.workload.PoolSpec;
import dev.poolscope.trace.workload.ScriptedProgram;
import dev.poolscope.trace.workload.ThreadProgram;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * A small pool, a script per thread and a schedule that together show one thing about the
 * allocator, with a title and a paragraph on what to watch. Some scenarios compare variants: the
 * same scripts and schedule run on the same pool under each variant, to be shown side by side.
 * Every part is data with value equality, so a scenario reads from and writes to its text form
 * ({@link ScenarioText}) unchanged.
 *
 * @param name        the scenario's id, kebab-case, as the command line names it
 * @param title       one line
 * @param explanation what happens and what to watch, in a paragraph (one line of text)
 * @param pool        the pool, under the variant the scenario is about
 * @param sideBySide  other variants to run the same scenario under, for comparison (often none)
 * @param scripts     thread {@code i} runs {@code scripts.get(i)}
 * @param schedule    the scenario's schedule, made fresh for each run
 * @param interesting the first event worth looking at in a trace of the scenario
 */
public record Scenario(String name, String title, String explanation, PoolSpec pool, List<Variant> sideBySide,
        List<List<ScriptedProgram.Instruction>> scripts, ScheduleScript schedule, EventMatch interesting) {

    private static final String NAME = "[a-z0-9]+(-[a-z0-9]+)*";

    /**
     * @throws IllegalArgumentException when the name is not kebab-case, the title or explanation is
     *                                  blank, spans lines or has space at either end, a side-by-side
     *                                  variant is the pool's, is given twice or lacks the pool's
     *                                  algorithm, there is no thread, a script allocates 0 bytes
     *                                  or frees an allocation it has not asked for before (or
     *                                  twice), a schedule segment names a thread the scenario
     *                                  lacks, or the interesting event is looked for in a chunk the
     *                                  pool lacks
     */
    public Scenario {
        Objects.requireNonNull(pool, "pool");
        Objects.requireNonNull(schedule, "schedule");
        Objects.requireNonNull(interesting, "interesting");
        sideBySide = List.copyOf(sideBySide);
        scripts = scripts.stream().map(List::copyOf).toList();
        checkName(name);
        checkLine("title", title);
        checkLine("explanation", explanation);
        checkSideBySide(pool, sideBySide);
        checkThreads(scripts, schedule);
        checkMatch(interesting, pool);
    }

    private static void checkThreads(List<List<ScriptedProgram.Instruction>> scripts, ScheduleScript schedule) {
        if (scripts.isEmpty()) {
            throw new IllegalArgumentException("a scenario needs at least one thread");
        }
        for (int thread = 0; thread < scripts.size(); thread++) {
            scripts.get(thread).forEach(new ScriptRules(thread)::accept);
        }
        if (schedule instanceof ScheduleScript.Segments segments) {
            segments.segments().forEach(segment -> checkThread(segment, scripts.size()));
        }
    }

    /** @throws IllegalArgumentException when {@code name} is not kebab-case */
    static void checkName(String name) {
        if (!name.matches(NAME)) {
            throw new IllegalArgumentException("a scenario's name is kebab-case (such as same-word-race), not '"
                    + name + "'");
        }
    }

    private static void checkLine(String what, String text) {
        if (text.isBlank() || text.contains("\n") || text.contains("\r") || !text.strip().equals(text)) {
            throw new IllegalArgumentException("a scenario's " + what
                    + " is one line of text, not blank, without space at either end");
        }
    }

    /**
     * @throws IllegalArgumentException when a variant of {@code sideBySide} is the pool's own, is given
     *                                  twice, or cannot run the pool (lacks its algorithm)
     */
    static void checkSideBySide(PoolSpec pool, List<Variant> sideBySide) {
        if (sideBySide.contains(pool.variant()) || new HashSet<>(sideBySide).size() < sideBySide.size()) {
            throw new IllegalArgumentException("the side-by-side variants " + sideBySide
                    + " must differ from each other and from the pool's own, " + pool.variant());
        }
        sideBySide.forEach(pool::withVariant);
    }

    /** @throws IllegalArgumentException when {@code match} looks in a chunk {@code pool} lacks */
    static void checkMatch(EventMatch match, PoolSpec pool) {
        if (match instanceof EventMatch.InChunk inChunk && inChunk.chunk() >= pool.chunks().size()) {
            throw new IllegalArgumentException("'" + match.describe() + "' names chunk " + inChunk.chunk()
                    + ", but the pool has " + (pool.chunks().size() == 1 ? "only chunk 0"
                            : "chunks 0 to " + (pool.chunks().size() - 1)));
        }
    }

    /** @throws IllegalArgumentException when {@code segment} names a thread past the scenario's {@code threads} */
    static void checkThread(ScheduleSegment segment, int threads) {
        if (segment.thread() >= threads) {
            throw new IllegalArgumentException("segment '" + segment.describe() + "' names T" + segment.thread()
                    + ", but the scenario has " + (threads == 1 ? "only T0" : "threads T0 to T" + (threads - 1)));
        }
    }

    /** The variants to run: the pool's own first, then those shown beside it. */
    public List<Variant> variants() {
        List<Variant> variants = new ArrayList<>();
        variants.add(pool.variant());
        variants.addAll(sideBySide);
        return variants;
    }

    /** Fresh programs for one run, one per thread. */
    public List<ThreadProgram> programs() {
        return scripts.stream().<ThreadProgram>map(ScriptedProgram::new).toList();
    }

    /** The header of a trace of this scenario under {@code variant}. */
    public TraceHeader header(Variant variant) {
        PoolSpec spec = pool.withVariant(variant);
        return new TraceHeader(spec.minAllocOrder(), variant.id(), spec.algorithm().describe(), spec.geometry(),
                scripts.size(), "scenario=" + name, 0);
    }

    /** Runs the scenario under its pool's variant. */
    public ScheduledRun run(EventProbe recorder, StepClock clock) throws ScheduleException, InterruptedException {
        return run(pool.variant(), recorder, clock);
    }

    /** Runs the scenario under {@code variant}: same scripts, same schedule. */
    public ScheduledRun run(Variant variant, EventProbe recorder, StepClock clock)
            throws ScheduleException, InterruptedException {
        return new ControlledScheduler(schedule.newSchedule()).run(pool.withVariant(variant), programs(), recorder,
                clock);
    }
}
