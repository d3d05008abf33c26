package dev.poolscope.cli;

import dev.poolscope.core.io.FileOperationException;
import dev.poolscope.trace.branch.BranchPoint;
import dev.poolscope.trace.branch.Branching;
import dev.poolscope.trace.file.TraceFile;
import dev.poolscope.trace.run.FileRecording;
import dev.poolscope.trace.run.RunPlan;
import dev.poolscope.trace.scenario.Scenario;
import dev.poolscope.trace.scenario.ScenarioFile;
import dev.poolscope.trace.scenario.Scenarios;
import dev.poolscope.trace.workload.StopRequest;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Function;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code poolscope branch TRACE --at EVENT [--thread T -o FILE] [--scenario-file F]}: what if another
 * thread had taken the step after an event of a trace recorded under the controlled scheduler. The
 * trace's run is made again up to the event (it must give the trace's events exactly); without
 * {@code --thread} the command says which threads could take the next step; with it, the branch is
 * recorded into FILE as {@code record} records (nothing is written when it fails), its header naming
 * the parent and the branch point.
 */
@Command(name = "branch", description = {"Branch a trace recorded under the controlled scheduler: after event EVENT, "
        + "thread T takes the next step instead; the rest follows the trace's steps where they still apply, then the "
        + "seed's.", "Without --thread, prints the threads that could take that step."})
final class BranchCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "TRACE", description = "a trace recorded under the controlled scheduler "
            + "(a scenario, 'record --scheduled', 'record --schedule', or a branch)")
    private Path trace;

    @Option(names = "--at", required = true, paramLabel = "EVENT", description = "the event (its seq) the branch "
            + "shares last with the trace")
    private long event;

    @Option(names = "--thread", paramLabel = "T", description = "the thread that takes the step after EVENT")
    private Integer thread;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "the branch's trace file (with --thread)")
    private Path output;

    @Option(names = "--scenario-file", paramLabel = "FILE", description = "the scenario file the trace was recorded "
            + "from, when it is not a built-in scenario")
    private Path scenarioFile;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if ((thread == null) != (output == null)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--thread and --output go together: give both to record a branch, neither to see the branch point");
        }
        PrintWriter out = spec.commandLine().getOut();
        Branching branching = new Branching(scenarios());
        RunPlan plan;
        try (TraceFile parent = TraceFile.open(trace)) {
            BranchPoint point = branching.at(trace, parent, event);
            out.println(trace + ": " + point.describe());
            if (thread == null) {
                return 0;
            }
            plan = branching.plan(point, thread);
        }
        FileRecording recording = new FileRecording(plan, output);
        long events = recording.record(new StopRequest());
        out.printf("recorded the branch, T%d taking the step after event %d: %,d events to %s%n", thread, event, events,
                output);
        return 0;
    }

    /** The built-in scenarios, or the scenario file's for its name. */
    private Function<String, Scenario> scenarios() throws FileOperationException {
        if (scenarioFile == null) {
            return Scenarios::byName;
        }
        Scenario own = ScenarioFile.read(scenarioFile);
        return name -> {
            if (!own.name().equals(name)) {
                throw new IllegalArgumentException("the trace's scenario is '" + name + "', but " + scenarioFile
                        + " holds '" + own.name() + "'");
            }
            return own;
        };
    }
}
