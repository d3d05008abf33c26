package dev.poolscope.cli;

import dev.poolscope.core.Variant;
import dev.poolscope.core.io.FileOperationException;
import dev.poolscope.trace.explore.ExploreInput;
import dev.poolscope.trace.explore.ExploreOptions;
import dev.poolscope.trace.explore.ExploreResult;
import dev.poolscope.trace.explore.ExploreTarget;
import dev.poolscope.trace.explore.Explorer;
import dev.poolscope.trace.scenario.Scenario;
import dev.poolscope.trace.scenario.ScenarioFile;
import dev.poolscope.trace.scenario.Scenarios;
import dev.poolscope.trace.workload.Workload;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code poolscope explore}: every schedule of a small scenario or workload, up to commuting
 * steps, and the outcome table: each distinct outcome with its count, whether a sequential run
 * gives it and a schedule that reaches it; violations first. Exit code 1 when an invariant broke.
 */
@Command(name = "explore", description = {"Explore every schedule of a small scenario (named or from a file) or workload (2-3 threads, a few"
        + " operations each) and print the outcome table; the last line is 'N executions, N outcomes, N violations'.",
        "Exit code 1 when some execution breaks an invariant (overlapping live allocations, a leaked bit, avail"
                + " inconsistent, a free rejected)."})
final class ExploreCommand implements Callable<Integer> {

    /** Exactly one input. */
    static final class Input {
        @Option(names = "--scenario", paramLabel = "NAME", description = "a named scenario; its schedule is not used")
        String scenario;

        @Option(names = "--scenario-file", paramLabel = "FILE",
                description = "a scenario of your own (SCENARIO-FORMAT.md); its schedule is not used")
        Path scenarioFile;

        @Option(names = "--workload", paramLabel = "TEXT",
                description = "a small workload in its one-line form, e.g. 'threads=2 ops=2 sizes=uniform:32..256"
                        + " chunks=4KiB@0x10000000'; keys left out keep the standard workload's values")
        String workload;
    }

    @ArgGroup(multiplicity = "1")
    private Input input;

    @Option(names = "--variant", paramLabel = "VARIANT", description = "run under this variant instead of the input's own")
    private String variant;

    @Option(names = "--max-executions", paramLabel = "N",
            description = "stop after N executions (default: ${DEFAULT-VALUE}); the totals then say INCOMPLETE")
    private long maxExecutions = ExploreOptions.DEFAULT_MAX_EXECUTIONS;

    @Option(names = "--preemption-bound", paramLabel = "K",
            description = "at most K switches away from a thread that could go on, per execution (default: none)")
    private int preemptionBound = -1;

    @Option(names = "--retry-bound", paramLabel = "N",
            description = "cut an execution once an operation has failed N CASes and retries in all, and count it as"
                    + " bounded (default: ${DEFAULT-VALUE})")
    private int retryBound = ExploreOptions.DEFAULT_RETRY_BOUND;

    @Option(names = "--no-reduction", description = "run every schedule, not one per order of commuting steps")
    private boolean noReduction;

    @Option(names = "--csv", description = "print the table as CSV with a header (the last line goes to stderr)")
    private boolean csv;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException, FileOperationException {
        ExploreOptions options = new ExploreOptions(!noReduction, maxExecutions, preemptionBound, retryBound);
        ExploreResult result = new Explorer(input(), options).explore();
        PrintWriter out = spec.commandLine().getOut();
        if (csv) {
            ExplorePrinter.csv(result, out);
            spec.commandLine().getErr().println(result.summary());
        } else {
            ExplorePrinter.text(result, out);
        }
        return result.violations() > 0 ? 1 : 0;
    }

    private ExploreInput input() throws FileOperationException {
        Variant under = variant == null ? null : Variant.byId(variant);
        if (input.workload != null) {
            return ExploreTarget.workload(Workload.parse(input.workload), under).input();
        }
        Scenario scenario = input.scenario != null ? Scenarios.byName(input.scenario) : ScenarioFile.read(input.scenarioFile);
        return ExploreTarget.scenario(scenario, under).input();
    }
}
