package dev.poolscope.analysis.log;

import dev.poolscope.trace.TraceHeader;
import dev.poolscope.trace.run.FileRecording;
import dev.poolscope.trace.run.RunPlan;
import dev.poolscope.trace.sched.ScheduleException;
import dev.poolscope.trace.workload.PoolSpec;
import dev.poolscope.trace.workload.StopRequest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.IntConsumer;

/**
 * An allocation log replayed ({@link LogReplay}, single-threaded, in row order) with every step of
 * the pool recorded into a trace file by {@link FileRecording}, so that a log opens as a trace does.
 * The header names the log as the trace's workload. The file is kept only when whole: a replay that
 * fails, or that its progress listener stops by throwing, leaves nothing.
 */
public final class LogRecording {

    /** Operations replayed between two progress reports. */
    public static final int REPORT_EVERY = 4096;

    private LogRecording() {
    }

    private static final String LOG = "allocation log ";
    private static final String THROUGH = " replayed through ";

    /** What the trace's header says it ran: the log's file and the pool's algorithm and variant. */
    public static String workloadOf(AllocationLog log, PoolSpec spec) {
        return LOG + log.source() + THROUGH + spec.algorithm().describe() + " (" + spec.variant().id() + ")";
    }

    /** The log a trace of {@link #record} was made from, as its header names it; empty for any other trace. */
    public static Optional<Path> sourceOf(TraceHeader header) {
        String workload = header.workload();
        int through = workload.lastIndexOf(THROUGH);
        if (!workload.startsWith(LOG) || through < LOG.length()) {
            return Optional.empty();
        }
        return Optional.of(Path.of(workload.substring(LOG.length(), through)));
    }

    /** The header of {@code log}'s trace on {@code spec}: its pool, one thread, the log as workload. */
    public static TraceHeader headerOf(AllocationLog log, PoolSpec spec) {
        return new TraceHeader(spec.minAllocOrder(), spec.variant().id(), spec.algorithm().describe(), spec.geometry(),
                1, workloadOf(log, spec), 0);
    }

    /**
     * Replays {@code log} on a new pool from {@code spec} on the calling thread, recorded into {@code output}.
     *
     * @param progress told the operations replayed so far every {@link #REPORT_EVERY} operations and at
     *                 the end; a runtime exception it throws (a cancel) ends the replay and keeps nothing
     * @return the events in the trace at the output
     * @throws IOException          naming the file, when it could not be written, closed or moved
     * @throws InterruptedException when the calling thread was interrupted (nothing is kept)
     */
    public static long record(AllocationLog log, PoolSpec spec, Path output, IntConsumer progress)
            throws IOException, InterruptedException {
        RunPlan plan = new RunPlan.OnOneThread(headerOf(log, spec), "allocation log " + log.source().getFileName(),
                (recorder, stop) -> replay(new LogReplay(log, spec, recorder), log.operations(), stop, progress));
        try {
            return new FileRecording(plan, output).record(new StopRequest());
        } catch (ScheduleException e) {
            throw new IllegalStateException("a replay on one thread has no schedule to break", e);
        }
    }

    private static void replay(LogReplay replay, int operations, StopRequest stop, IntConsumer progress) {
        // a stop (a block that could not be written) ends the replay; the recording then fails, keeping nothing
        for (int done = 0; done < operations && !stop.requested();) {
            done = (int) Math.min(operations, (long) done + REPORT_EVERY);
            replay.runTo(done);
            progress.accept(done);
        }
    }
}
