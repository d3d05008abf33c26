package dev.poolscope.cli;

import dev.poolscope.core.Variant;
import dev.poolscope.core.io.FileOperationException;
import dev.poolscope.trace.explore.ExploreTarget;
import dev.poolscope.trace.run.FileRecording;
import dev.poolscope.trace.run.RunPlan;
import dev.poolscope.trace.scenario.Scenario;
import dev.poolscope.trace.scenario.ScenarioFile;
import dev.poolscope.trace.scenario.Scenarios;
import dev.poolscope.trace.sched.StepListText;
import dev.poolscope.trace.workload.StopRequest;
import dev.poolscope.trace.workload.Workload;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code poolscope record}: runs a workload (real threads, or the controlled scheduler with
 * {@code --scheduled}), a named scenario or a scenario file with every allocator step recorded into
 * a trace file, as the workbench's Record Run does ({@link FileRecording}): the arguments and the
 * output are checked before anything is written, a run that fails leaves no file (a write that
 * fails, a full disk, stops it at once), and a file already at the output stays as it was. Ctrl+C ends the run at
 * an operation boundary and keeps the trace so far, whole; stderr says so and the exit code is
 * {@value #INTERRUPTED}.
 */
@Command(name = "record", description = {"Record a run of a workload, a named scenario or a scenario file into a "
        + "trace file.",
        "Ctrl+C ends the run once each thread has finished the operation it is in and keeps the trace so far, "
                + "whole (exit code 130). A run that fails leaves no file; a write that fails (a full disk) stops it at "
                + "once."})
final class RecordCommand implements Callable<Integer> {

    /** The exit code after Ctrl+C, the shell's 128 + SIGINT, which the JVM exits with too. */
    static final int INTERRUPTED = 130;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE", description = "the trace file to write")
    private Path output;

    @Option(names = "--scenario", paramLabel = "NAME", description = "a named scenario (see 'poolscope scenarios')")
    private String scenario;

    @Option(names = "--scenario-file", paramLabel = "FILE",
            description = "a scenario of your own, in the text form of bundles/dev.poolscope.trace/SCENARIO-FORMAT.md "
                    + "('poolscope scenarios --write NAME' prints a named one to start from)")
    private Path scenarioFile;

    @Option(names = "--variant", paramLabel = "VARIANT",
            description = "with --scenario or --scenario-file: one of the variants it runs under, as 'poolscope "
                    + "scenarios' lists them (default: the scenario's own)")
    private String variant;

    @Option(names = "--workload", paramLabel = "TEXT",
            description = "the workload in its one-line form, e.g. 'threads=4 ops=100000 fill=0.5 "
                    + "sizes=uniform:32..2048 order=5 chunks=4MiB@0x10000000 algo=first_fit'; keys left out "
                    + "keep the standard workload's values (default: the standard workload)")
    private String workloadText;

    @Option(names = "--threads", paramLabel = "N", description = "threads of the workload")
    private Integer threads;

    @Option(names = "--seed", paramLabel = "N", description = "seed of the workload (and of the schedule)")
    private Long seed;

    @Option(names = "--scheduled", description = "run the workload's threads one step at a time under the "
            + "controlled scheduler, a random schedule from the seed: the same seed gives the same file")
    private boolean scheduled;

    @Option(names = "--schedule", paramLabel = "S", description = "with --scenario, --scenario-file or --workload: run"
            + " under the controlled scheduler on exactly this schedule, the thread of each step, e.g. 0*7,1*8,0 (as"
            + " 'poolscope explore' prints it)")
    private String schedule;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @CommandLine.ParentCommand
    private Main main;

    @Override
    public Integer call() throws Exception {
        RunPlan plan = schedule != null ? schedulePlan() : scenario != null || scenarioFile != null ? scenarioPlan()
                : workloadPlan();
        FileRecording recording = new FileRecording(plan, output);
        PrintWriter out = spec.commandLine().getOut();
        StopRequest stop = main.ctrlC().stopRequest();
        long events;
        try (Progress progress = Progress.start(out, "recording", recording::eventsRecorded)) {
            events = recording.record(stop);
        }
        out.println(summary(plan, events));
        if (stop.requested()) {
            spec.commandLine().getErr().printf("%s: interrupted: %,d events kept in %s, whole: each thread finished "
                    + "the operation it was in%n", spec.qualifiedName(), events, output);
        }
        return stop.requested() ? INTERRUPTED : 0;
    }

    /**
     * The named scenario or the scenario file's.
     *
     * @throws FileOperationException when the file cannot be read; a malformed one throws its
     *                                ScenarioFormatException, which names the file and the line
     */
    private RunPlan scenarioPlan() throws FileOperationException {
        if (workloadText != null || threads != null || seed != null || scheduled) {
            throw new CommandLine.ParameterException(spec.commandLine(), (scenario != null ? "--scenario"
                    : "--scenario-file") + " runs a fixed program and schedule: it takes no --workload, --threads, "
                    + "--seed or --scheduled");
        }
        Scenario chosen = chosenScenario();
        return new RunPlan.OfScenario(chosen, variant == null ? chosen.pool().variant() : Variant.byId(variant));
    }

    /** A scenario (named or from a file) or a workload, on the explicit schedule given. */
    private RunPlan schedulePlan() throws FileOperationException {
        if (scheduled || seed != null || threads != null) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--schedule names every step: it takes no --scheduled, --seed or --threads");
        }
        List<Integer> steps = StepListText.parse(schedule);
        Variant under = variant == null ? null : Variant.byId(variant);
        ExploreTarget target = scenario != null || scenarioFile != null ? ExploreTarget.scenario(chosenScenario(), under)
                : ExploreTarget.workload(workloadText == null ? Workload.standard() : Workload.parse(workloadText), under);
        return target.plan(steps);
    }

    /** The named scenario, or the scenario file's. */
    private Scenario chosenScenario() throws FileOperationException {
        if (scenario != null && scenarioFile != null) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--scenario and --scenario-file are mutually exclusive: give one");
        }
        return scenario != null ? Scenarios.byName(scenario) : ScenarioFile.read(scenarioFile);
    }

    private RunPlan workloadPlan() {
        if (variant != null) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--variant goes with --scenario or --scenario-file; a workload names its variant itself "
                            + "(variant=...)");
        }
        Workload workload = workloadText == null ? Workload.standard() : Workload.parse(workloadText);
        workload = threads == null ? workload : workload.withThreads(threads);
        workload = seed == null ? workload : workload.withSeed(seed);
        return new RunPlan.OfWorkload(workload, scheduled ? RunPlan.Scheduler.CONTROLLED : RunPlan.Scheduler.REAL_THREADS);
    }

    /** What was recorded, where, and how many events. */
    private String summary(RunPlan plan, long events) {
        if (plan instanceof RunPlan.OfSchedule of) {
            return String.format("recorded %s: %,d events to %s", of.describe(), events, output);
        }
        if (plan instanceof RunPlan.OfScenario of) {
            return String.format("recorded scenario %s (%s) under %s: %,d events to %s", of.scenario().name(),
                    of.scenario().title(), of.variant(), events, output);
        }
        RunPlan.OfWorkload of = (RunPlan.OfWorkload) plan;
        return String.format("recorded %,d events to %s%n  %s, %s", events, output,
                of.scheduler().label().toLowerCase(Locale.ROOT), of.workload().text());
    }
}
