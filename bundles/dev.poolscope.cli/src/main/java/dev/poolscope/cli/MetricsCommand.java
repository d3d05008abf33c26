package dev.poolscope.cli;

import dev.poolscope.analysis.FragmentationSnapshot;
import dev.poolscope.analysis.FragmentationState;
import dev.poolscope.analysis.LogFragmentation;
import dev.poolscope.analysis.TraceContention;
import dev.poolscope.analysis.log.AllocationLog;
import dev.poolscope.analysis.log.AllocationLogReader;
import dev.poolscope.analysis.log.LogFiles;
import dev.poolscope.analysis.log.LogPoolText;
import dev.poolscope.trace.Event;
import dev.poolscope.trace.EventCursor;
import dev.poolscope.trace.file.TraceFile;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code poolscope metrics INPUT [--at N | --checkpoints K] [--csv] [--request-units LIST] [--pool SPEC]}:
 * the fragmentation metrics of a trace, or of an allocation log replayed through a pool, at one
 * position, at K checkpoints, or at the end. A trace is read once, its state kept incrementally; a log
 * is replayed once, one operation at a time.
 */
@Command(name = "metrics", description = "Fragmentation metrics of a trace or an allocation log: pool and chunks,"
        + " at an event (a log: after N operations), at K checkpoints, or at the end. The text gives each metric's"
        + " formula after the tables and, for a trace, its contention up to that event: CAS attempts, failures,"
        + " rollbacks, retries per thread, the hottest words.")
final class MetricsCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "INPUT", description = "a trace file or an allocation log (op,size,id)")
    private Path input;

    @CommandLine.ArgGroup(exclusive = true)
    private Position position;

    /** Where to report: one of the two, or neither for the end. */
    static final class Position {
        @Option(names = "--at", paramLabel = "N", description = "after event N of a trace (its sequence number), "
                + "or after the first N operations of a log")
        private Long at;

        @Option(names = "--checkpoints", paramLabel = "K", description = "after the first floor(total*k/K) events "
                + "or operations, for k = 1..K")
        private Integer checkpoints;
    }

    @Option(names = "--csv", description = "CSV: one row per position and scope (pool, chunk0, ...) under a header:"
            + " the position (event, or after_ops for a log), scope, F, R, L, mean_extent, E, U_n..., Ua_n..., FI_n...,"
            + " internal_bytes (the pool's; empty for a chunk), failed, failed_<reason>..., histogram; ratios with six"
            + " decimals, as compare --csv and a report's CSVs write them")
    private boolean csv;

    @Option(names = "--request-units", split = ",", paramLabel = "LIST",
            description = "request sizes n in units for U(n), Ua(n), FI(n) (default: 1,8,64,512)")
    private long[] requestUnits;

    @Option(names = "--pool", paramLabel = "SPEC", description = "the pool a log replays through, in the workload "
            + "syntax (default: " + "order=5 chunks=" + LogPoolText.DEFAULT_CHUNKS + "); not for a trace")
    private String pool;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        long[] units = requestUnits == null ? FragmentationState.defaultRequestUnits() : requestUnits;
        for (long n : units) {
            if (n < 1) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "--request-units: " + n + " is not a request size (at least 1 unit)");
            }
        }
        boolean log = LogFiles.isAllocationLog(input);
        if (!log && pool != null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--pool is for an allocation log; "
                    + input + " is a trace, whose pool its header gives");
        }
        PrintWriter out = spec.commandLine().getOut();
        MetricsPrinter table = new MetricsPrinter(out, units, log ? "after_ops" : "event");
        Optional<TraceContention> contention = Optional.empty();
        List<FragmentationSnapshot> snapshots;
        if (log) {
            snapshots = ofLog(units);
        } else {
            TraceReading reading = ofTrace(units);
            snapshots = reading.snapshots();
            contention = Optional.of(reading.contention());
        }
        if (csv) {
            table.csvHeader();
            snapshots.forEach(table::csvRows);
        } else {
            for (FragmentationSnapshot snapshot : snapshots) {
                table.text(snapshot, input + (log ? ": after " + snapshot.after() + " operations"
                        : ": after event " + snapshot.after()));
            }
            table.formulas();
            long last = snapshots.get(snapshots.size() - 1).after();
            contention.ifPresent(counts -> new ContentionPrinter(out).text(counts, last));
        }
        return 0;
    }

    /** A trace's snapshots, and its contention up to the last of them, from the one pass that took them. */
    private record TraceReading(List<FragmentationSnapshot> snapshots, TraceContention contention) {
    }

    private TraceReading ofTrace(long[] units) throws Exception {
        List<FragmentationSnapshot> snapshots = new ArrayList<>();
        try (TraceFile trace = TraceFile.open(input)) {
            long count = trace.eventCount();
            if (count == 0) {
                throw new IllegalArgumentException(input + " holds no events");
            }
            if (at() != null) {
                try {
                    FragmentationState state = FragmentationState.after(trace, at(), units);
                    return new TraceReading(List.of(state.snapshot(at())), state.contention());
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(input + ": " + e.getMessage(), e);
                }
            }
            FragmentationState state = new FragmentationState(trace.header(), units);
            try (EventCursor cursor = trace.from(0)) {
                long lastSeq = -1;
                long read = 0;
                for (long target : targets(count)) {
                    // take events up to the target count (fewer when a damaged file holds fewer)
                    for (Event event = read < target ? cursor.next() : null; event != null;
                            event = ++read < target ? cursor.next() : null) {
                        state.accept(event);
                        lastSeq = event.seq();
                    }
                    snapshots.add(state.snapshot(lastSeq));
                }
            }
            return new TraceReading(snapshots, state.contention());
        }
    }

    private List<FragmentationSnapshot> ofLog(long[] units) throws Exception {
        AllocationLog log = AllocationLogReader.read(input);
        if (at() != null && (at() < 0 || at() > log.operations())) {
            throw new IllegalArgumentException("operation " + at() + " is not in " + input + ", which has "
                    + log.operations() + " operations");
        }
        LogFragmentation replay = new LogFragmentation(log, pool == null ? LogPoolText.DEFAULT_POOL
                : LogPoolText.parse(pool));
        List<FragmentationSnapshot> snapshots = new ArrayList<>();
        for (long target : at() != null ? List.of(at()) : targets(log.operations())) {
            replay.runTo((int) target);
            snapshots.add(replay.snapshot());
        }
        return snapshots;
    }

    private Long at() {
        return position == null ? null : position.at;
    }

    /** How many events or operations each report comes after: floor(total*k/K), or the total. */
    private List<Long> targets(long total) {
        List<Long> targets = new ArrayList<>();
        if (position != null && position.at != null) {
            targets.add(position.at);
        } else if (position != null && position.checkpoints != null) {
            if (position.checkpoints < 1) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "--checkpoints: " + position.checkpoints + " is not a count of checkpoints (at least 1)");
            }
            for (int k = 1; k <= position.checkpoints; k++) {
                targets.add(total * k / position.checkpoints);
            }
        } else {
            targets.add(total);
        }
        return targets;
    }
}
