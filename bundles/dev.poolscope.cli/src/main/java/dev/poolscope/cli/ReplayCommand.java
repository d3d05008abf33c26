package dev.poolscope.cli;

import dev.poolscope.model.Landmark;
import dev.poolscope.model.ReplayModel;
import dev.poolscope.model.ThreadSummary;
import dev.poolscope.model.TraceCheck;
import dev.poolscope.trace.TraceHeader;
import dev.poolscope.trace.file.TraceFile;
import dev.poolscope.trace.file.TraceFormatException;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code poolscope replay FILE [--check]}: replays a whole trace through the replay model and prints
 * what the run did, per thread; with {@code --check}, also verifies the run invariants and exits 1
 * when any is violated, when the trace holds no events or ends inside an operation, or when it is
 * damaged (a damaged trace cannot be checked whole). An event the replay cannot apply (a thread,
 * chunk or word the header lacks) is an error naming the file and the event.
 */
@Command(name = "replay", description = "Replay a trace: summary per thread; --check verifies the run invariants.")
final class ReplayCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "a trace file")
    private Path path;

    @Option(names = "--check", description = "verify the invariants: every event fits the pool, every operation "
            + "ends, CAS outcomes, rollbacks, no overlapping allocations, final bitmaps and avail against the live "
            + "allocations and the model; an empty trace fails")
    private boolean check;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        int exit = 0;
        try (TraceFile file = TraceFile.open(path)) {
            TraceHeader header = file.header();
            out.printf("%s: %s%n", path, file.damageSummary());
            out.printf("pool: %s, min order %d, %s, %d chunk%s; workload: %s; seed %d%n", header.variant(),
                    header.minAllocOrder(), header.algorithm(), header.chunks().size(),
                    header.chunks().size() == 1 ? "" : "s", header.workload(), header.seed());
            header.origin().ifPresent(origin -> out.println(origin.describe()));
            if (!header.start().isEmpty() || !header.labels().isEmpty()) {
                out.printf("format version %d: %,d units set at the start (held since before the trace), %,d labels%n",
                        file.version(), header.start().units(), header.labels().size());
            }
            CountingTrace replayed = new CountingTrace(file);
            ReplayModel model;
            try (Progress progress = Progress.start(out, "replaying", replayed::eventsRead)) {
                model = ReplayModel.open(replayed);
            } catch (TraceFormatException e) {
                throw e;
            } catch (IOException e) {
                throw new IOException(path + ": " + e.getMessage(), e);
            }
            out.printf("model: a checkpoint every %,d events (%,d checkpoints, %,d bytes), index %,d bytes%n",
                    model.checkpointInterval(), model.checkpointCount(), model.checkpointBytes(), model.indexBytes());
            printSummary(out, model);
            if (check) {
                boolean complete = file.truncatedBytes() == 0 && file.missingEvents() == 0;
                CountingTrace checked = new CountingTrace(file);
                TraceCheck.CheckResult result;
                try (Progress progress = Progress.start(out, "checking", checked::eventsRead)) {
                    result = TraceCheck.run(checked, model, complete);
                }
                result.violations().forEach(v -> out.println("VIOLATION " + v));
                out.printf("check: %s%s%n", result.passed() ? "passed" : result.violationCount() + " violations",
                        complete ? "" : " for the events that remain; the trace is damaged, so the end-of-run"
                                + " checks were skipped and the check fails");
                exit = result.passed() && complete ? 0 : 1;
            }
        }
        return exit;
    }

    private static void printSummary(PrintWriter out, ReplayModel model) {
        long ops = 0;
        for (ThreadSummary t : model.threadSummaries()) {
            ops += t.allocs() + t.frees();
        }
        out.printf("%,d events, %,d ops, %,d races (failed CAS), %,d rollbacks, %,d retries%n", model.eventCount(), ops,
                model.count(Landmark.RACE), model.count(Landmark.ROLLBACK), model.count(Landmark.RETRY));
        out.printf("%-7s %12s %10s %10s %10s %9s %9s %9s %9s%n", "thread", "events", "allocs", "failed", "frees",
                "races", "rollbacks", "retries", "max/op");
        for (ThreadSummary t : model.threadSummaries()) {
            out.printf("T%-6d %,12d %,10d %,10d %,10d %,9d %,9d %,9d %,9d%n", t.thread(), t.events(), t.allocs(),
                    t.failedAllocs(), t.frees(), t.races(), t.rollbacks(), t.retries(), t.maxRetries());
        }
    }
}
