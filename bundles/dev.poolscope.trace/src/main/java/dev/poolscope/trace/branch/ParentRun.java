package dev.poolscope.trace.branch;

import dev.poolscope.core.Variant;
import dev.poolscope.trace.TraceHeader;
import dev.poolscope.trace.explore.ExploreTarget;
import dev.poolscope.trace.scenario.Scenario;
import dev.poolscope.trace.sched.Schedule;
import dev.poolscope.trace.sched.StepListText;
import dev.poolscope.trace.workload.Workload;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The run a scheduled trace records, made again from its header: its pool and programs (a scenario
 * by name, or a workload in its one-line form) and the schedule it ran on (the explicit
 * {@code schedule=S} at the end of its workload text when it has one; else the scenario's own, or
 * a random one from the workload's seed, as Record Run's controlled scheduler takes).
 *
 * @param target   the pool and programs, with the header a recording of them gets (no schedule in it)
 * @param schedule makes the parent's schedule afresh
 */
record ParentRun(ExploreTarget target, Supplier<Schedule> schedule) {

    private static final Pattern SCHEDULED = Pattern.compile("(.*) schedule=(\\S+)");
    private static final String SCENARIO = "scenario=";

    /**
     * The run of {@code header}'s trace, {@code file}.
     *
     * @param scenarios the scenario of a name, throwing IllegalArgumentException for one it does not know
     * @throws BranchException when the header names no run that can be made again, or a run whose
     *                         pool is not the one the header describes
     */
    static ParentRun of(String file, TraceHeader header, Function<String, Scenario> scenarios) throws BranchException {
        Matcher scheduled = SCHEDULED.matcher(header.workload());
        String text = scheduled.matches() ? scheduled.group(1) : header.workload();
        Optional<List<Integer>> explicit = scheduled.matches() ? Optional.of(steps(file, scheduled.group(2)))
                : Optional.empty();
        try {
            Variant variant = Variant.byId(header.variant());
            ParentRun run;
            if (text.startsWith(SCENARIO)) {
                Scenario scenario = scenarios.apply(text.substring(SCENARIO.length()));
                run = new ParentRun(ExploreTarget.scenario(scenario, variant),
                        explicit.<Supplier<Schedule>>map(s -> () -> Schedule.explicit(s)).orElse(scenario.schedule()::newSchedule));
            } else {
                Workload workload = Workload.parse(text);
                long seed = header.seed();
                run = new ParentRun(ExploreTarget.workload(workload, variant),
                        explicit.<Supplier<Schedule>>map(s -> () -> Schedule.explicit(s)).orElse(() -> Schedule.random(seed)));
            }
            run.checkPool(file, header);
            return run;
        } catch (IllegalArgumentException e) {
            throw new BranchException(file + ": its run cannot be made again from its header ('" + header.workload()
                    + "'): " + e.getMessage(), e);
        }
    }

    private static List<Integer> steps(String file, String text) throws BranchException {
        try {
            return StepListText.parse(text);
        } catch (IllegalArgumentException e) {
            throw new BranchException(file + ": its header's schedule '" + text + "' cannot be read: " + e.getMessage(), e);
        }
    }

    /** @throws BranchException when the run's pool or threads are not the header's: a scenario of that name but not that file */
    private void checkPool(String file, TraceHeader header) throws BranchException {
        TraceHeader own = target.header();
        boolean same = own.minAllocOrder() == header.minAllocOrder() && own.variant().equals(header.variant())
                && own.algorithm().equals(header.algorithm()) && own.chunks().equals(header.chunks())
                && own.threads() == header.threads() && header.start().isEmpty();
        if (!same) {
            throw new BranchException(file + ": its header describes another pool or other threads than '"
                    + target.input().name() + "' as known here (order " + own.minAllocOrder() + ", " + own.variant()
                    + ", " + own.algorithm() + ", " + own.chunks().size() + " chunks, " + own.threads()
                    + " threads): give the scenario's own file");
        }
    }
}
