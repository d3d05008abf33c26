package dev.poolscope.trace.explore;

import dev.poolscope.core.Variant;
import dev.poolscope.trace.TraceHeader;
import dev.poolscope.trace.run.RunPlan;
import dev.poolscope.trace.scenario.EventFinder;
import dev.poolscope.trace.scenario.EventMatch;
import dev.poolscope.trace.scenario.Scenario;
import dev.poolscope.trace.workload.PoolSpec;
import dev.poolscope.trace.workload.Workload;

import java.util.List;

/**
 * A scenario or a workload under a variant, as the command line and the Explore view name it: what
 * to explore, and how to record one of its schedules (the header such a trace gets, and where a
 * viewer of it starts).
 */
public record ExploreTarget(ExploreInput input, TraceHeader header, EventFinder startAt) {

    /** {@code scenario} under {@code variant}, or under its own when null; its trace opens where the scenario's does. */
    public static ExploreTarget scenario(Scenario scenario, Variant variant) {
        Variant under = variant == null ? scenario.pool().variant() : variant;
        return new ExploreTarget(ExploreInput.of(scenario, scenario.pool().withVariant(under)), scenario.header(under),
                scenario.interesting());
    }

    /**
     * {@code workload} under {@code variant}, or under its own when null; its trace opens at the
     * first failed CAS.
     *
     * @throws IllegalArgumentException when the workload is timed
     */
    public static ExploreTarget workload(Workload workload, Variant variant) {
        PoolSpec pool = variant == null ? workload.pool() : workload.pool().withVariant(variant);
        TraceHeader own = workload.header();
        TraceHeader header = new TraceHeader(own.minAllocOrder(), pool.variant().id(), own.algorithm(), own.chunks(),
                own.threads(), own.workload(), own.seed());
        return new ExploreTarget(ExploreInput.of(workload, pool), header, new EventMatch.CasFailure());
    }

    /** A recording of the target on exactly {@code schedule}. */
    public RunPlan.OfSchedule plan(List<Integer> schedule) {
        return new RunPlan.OfSchedule(input, header, schedule, startAt);
    }
}
