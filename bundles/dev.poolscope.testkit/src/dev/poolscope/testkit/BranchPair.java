package dev.poolscope.testkit;

import dev.poolscope.trace.branch.BranchPoint;
import dev.poolscope.trace.branch.Branching;
import dev.poolscope.trace.file.TraceFile;
import dev.poolscope.trace.run.FileRecording;
import dev.poolscope.trace.scenario.Scenario;
import dev.poolscope.trace.workload.StopRequest;

import java.nio.file.Path;

/**
 * A scenario's trace and a branch of it, both recorded into files the way the product records
 * them: the branch after {@code event}, the first other thread that could taking the next step.
 *
 * @param parent the scenario's trace
 * @param branch the branch's trace, whose header names the parent
 * @param event  the event the two share last
 * @param thread the thread that took the next step in the branch
 */
public record BranchPair(Path parent, Path branch, long event, int thread) {

    /** Records {@code scenario} into {@code dir}/parent.pstrace and its branch after {@code event} into {@code dir}/branch.pstrace. */
    public static BranchPair record(Path dir, Scenario scenario, long event) throws Exception {
        Path parent = dir.resolve("parent.pstrace");
        Recorded.toFile(scenario, parent);
        Branching branching = new Branching();
        BranchPoint point;
        try (TraceFile trace = TraceFile.open(parent)) {
            point = branching.at(parent, trace, event);
        }
        int thread = point.alternatives().get(0);
        Path branch = dir.resolve("branch.pstrace");
        new FileRecording(branching.plan(point, thread), branch).record(new StopRequest());
        return new BranchPair(parent, branch, event, thread);
    }
}
