package dev.poolscope.cli;

import dev.poolscope.core.Variant;
import dev.poolscope.trace.TraceHeader;
import dev.poolscope.trace.record.Recorder;
import dev.poolscope.trace.scenario.Scenario;
import dev.poolscope.trace.scenario.Scenarios;
import dev.poolscope.trace.sched.ControlledScheduler;
import dev.poolscope.trace.sched.Schedule;
import dev.poolscope.trace.sched.StepClock;
import dev.poolscope.trace.workload.Workload;
import dev.poolscope.trace.workload.WorkloadRunner;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.LongSupplier;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code poolscope record}: runs a workload (real threads, or the controlled scheduler with
 * {@code --scheduled}) or a named scenario with every allocator step recorded into a trace file.
 */
@Command(name = "record", description = "Record a run of a workload or a named scenario into a trace file.")
final class RecordCommand implements Callable<Integer> {

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE", description = "the trace file to write")
    private Path output;

    @Option(names = "--scenario", paramLabel = "NAME", description = "a named scenario (see 'poolscope scenarios')")
    private String scenario;

    @Option(names = "--variant", paramLabel = "VARIANT",
            description = "with --scenario: mainline, v4-patch or pre-patch (default: the scenario's own)")
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

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (scenario != null) {
            recordScenario(out);
        } else {
            recordWorkload(out);
        }
        return 0;
    }

    private void recordScenario(PrintWriter out) throws Exception {
        if (workloadText != null || threads != null || seed != null || scheduled) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--scenario runs a fixed program and schedule: it takes no --workload, --threads, --seed or --scheduled");
        }
        Scenario chosen = Scenarios.byName(scenario);
        Variant chosenVariant = variant == null ? chosen.pool().variant() : Variant.byId(variant);
        long events = chosen.record(chosenVariant, output);
        out.printf("recorded scenario %s (%s) under %s: %,d events to %s%n", chosen.name(), chosen.title(),
                chosenVariant, events, output);
    }

    private void recordWorkload(PrintWriter out) throws Exception {
        if (variant != null) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--variant goes with --scenario; a workload names its variant itself (variant=...)");
        }
        Workload workload = workloadText == null ? Workload.standard() : Workload.parse(workloadText);
        workload = threads == null ? workload : workload.withThreads(threads);
        workload = seed == null ? workload : workload.withSeed(seed);
        TraceHeader header = workload.header();
        StepClock steps = new StepClock();
        long start = System.nanoTime();
        LongSupplier clock = scheduled ? steps : () -> System.nanoTime() - start;
        long events;
        try (Recorder recorder = Recorder.create(output, header, clock);
                Progress progress = Progress.start(out, "recording", recorder::eventsRecorded)) {
            if (scheduled) {
                new ControlledScheduler(Schedule.random(workload.seed())).run(workload, recorder, steps);
            } else {
                WorkloadRunner.run(workload, recorder);
            }
            events = recorder.eventsRecorded();
        }
        out.printf("recorded %,d events to %s%n  %s, %s%n", events, output,
                scheduled ? "controlled scheduler (random schedule from the seed)" : "real threads", workload.text());
    }
}
