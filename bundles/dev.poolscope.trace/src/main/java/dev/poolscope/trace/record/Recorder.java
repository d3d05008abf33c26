package dev.poolscope.trace.record;

import dev.poolscope.trace.EventKind;
import dev.poolscope.trace.EventProbe;
import dev.poolscope.trace.TraceHeader;
import dev.poolscope.trace.file.EventBlock;
import dev.poolscope.trace.file.TraceWriter;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * Records every event of a run, from any number of real threads, into a trace file. Each event gets
 * the next seq of the run, its thread's number, the clock's time, its chunk and payload, and goes
 * into its thread's block: primitive arrays, no lock, no allocation. A full block goes to a
 * background writer thread through a bounded queue and is written as one checksummed block, so a
 * recorder killed at any moment leaves a file that opens up to its last whole block.
 *
 * <p>For a producer that runs one event at a time in a fixed order (the controlled scheduler, or one
 * thread), the file is the same byte for byte on every run: the header holds no wall-clock time,
 * blocks are written in the order they fill, and close() writes the partial blocks by thread number.
 */
public final class Recorder extends EventProbe implements AutoCloseable {

    /** Events per block: 250 KB of buffer a block; a kill loses at most a thread's unwritten blocks. */
    static final int EVENTS_PER_BLOCK = 4096;

    private final Path file;
    private final LongSupplier clock;
    private final int eventsPerBlock;
    private final AtomicLong nextSeq = new AtomicLong();
    /** The header's label count: a LABEL event names one of them. */
    private final int labels;
    private final BlockWriter writer;
    private final ThreadRecordings recordings;
    /** Volatile so that an event after close() is noticed by any thread, at the cost of a plain load. */
    private volatile boolean closed;

    private Recorder(Path file, LongSupplier clock, TraceWriter out, int eventsPerBlock, Runnable writeFailed,
            int labels) {
        this.file = file;
        this.labels = labels;
        this.clock = clock;
        this.eventsPerBlock = eventsPerBlock;
        this.recordings = new ThreadRecordings(this::newRecording);
        this.writer = new BlockWriter(out, this::giveBack, writeFailed);
    }

    /** Called at a thread's first event, after construction. */
    private ThreadRecording newRecording(int thread) {
        return new ThreadRecording(thread, eventsPerBlock, writer);
    }

    /** Called on the writer thread for a block of a thread that has a recording already. */
    private void giveBack(EventBlock block) {
        recordings.of(block.thread()).giveBack(block);
    }

    /**
     * Creates {@code file} (replacing it), writes the header and starts the writer thread.
     *
     * @param clock the event time: nanoseconds since the start for real runs, a step counter for
     *              scheduled ones; called on the recorded thread right after its seq is taken
     */
    public static Recorder create(Path file, TraceHeader header, LongSupplier clock) throws IOException {
        return create(file, header, clock, () -> { });
    }

    /**
     * As {@link #create(Path, TraceHeader, LongSupplier)}, telling {@code writeFailed} at the first
     * block that cannot be written, so that the run can stop then; {@link #close()} reports the failure.
     *
     * @param writeFailed called once, on the recorder's writer thread; must not block
     */
    public static Recorder create(Path file, TraceHeader header, LongSupplier clock, Runnable writeFailed)
            throws IOException {
        return create(file, header, clock, EVENTS_PER_BLOCK, writeFailed);
    }

    /** As {@link #create(Path, TraceHeader, LongSupplier)}, with {@code eventsPerBlock} events a block. */
    static Recorder create(Path file, TraceHeader header, LongSupplier clock, int eventsPerBlock) throws IOException {
        return create(file, header, clock, eventsPerBlock, () -> { });
    }

    static Recorder create(Path file, TraceHeader header, LongSupplier clock, int eventsPerBlock,
            Runnable writeFailed) throws IOException {
        Recorder recorder = new Recorder(file, clock, TraceWriter.create(file, header), eventsPerBlock, writeFailed,
                header.labels().size());
        recorder.writer.start();
        return recorder;
    }

    /**
     * Records one event on the calling thread. The seq comes from one atomic counter, so seqs are
     * unique and dense over the run, and increase in each thread's program order; the time is read
     * after it, so a thread's times never decrease with its seqs when the clock is monotonic.
     *
     * @throws IllegalArgumentException for a LABEL outside the header's label table, which the file
     *                                  could not hold: refused here, on the recorded thread, not later on the writer's
     */
    @Override
    protected void emit(int chunk, EventKind kind, long p0, long p1, long p2, long p3, long p4) {
        if (closed) {
            throw new IllegalStateException(file + ": a " + kind + " event came after the recorder was closed");
        }
        if (kind == EventKind.LABEL && (p0 < 0 || p0 >= labels)) {
            throw new IllegalArgumentException(file + ": label " + p0 + " is not in the header's table of " + labels
                    + " labels");
        }
        ThreadRecording recording = recordings.of(threadIds().current());
        long seq = nextSeq.getAndIncrement();
        recording.add(seq, clock.getAsLong(), chunk, kind, p0, p1, p2, p3, p4);
    }

    /** Events recorded so far (for progress reports); exact once the recorded threads have stopped. */
    public long eventsRecorded() {
        return nextSeq.get();
    }

    /**
     * Writes every thread's partial block, in thread-number order, waits for the writer and closes
     * the file. The caller guarantees that the recorded threads have stopped and that their last
     * events happen-before this call (join them, or shut down and await their executor). Calling it
     * again does nothing.
     *
     * @throws IOException naming the file, when any block could not be written or the file not closed
     */
    @Override
    public void close() throws IOException {
        IOException failure = null;
        synchronized (this) {
            if (!closed) {
                closed = true;
                recordings.inThreadOrder().forEach(ThreadRecording::flush);
                failure = writer.finish();
            }
        }
        if (failure != null) {
            throw failure;
        }
    }
}
