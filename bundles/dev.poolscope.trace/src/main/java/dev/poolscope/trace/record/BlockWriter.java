package dev.poolscope.trace.record;

import dev.poolscope.core.io.FileOperationException;
import dev.poolscope.trace.file.EventBlock;
import dev.poolscope.trace.file.TraceWriter;

import java.io.IOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Consumer;

/**
 * The recorder's background thread: takes full blocks from a bounded queue, in the order they were
 * handed over, writes each to the trace file, and gives the emptied block back to its thread. At the
 * first write failure it tells its listener at once (so the run can stop then, not when it ends),
 * then keeps taking and giving back blocks without writing, so recorded threads never wait
 * forever; the failure itself is reported by {@link #finish()}.
 */
final class BlockWriter {

    /** Blocks waiting to be written, over all threads: beyond this, handing over waits (back-pressure). */
    static final int QUEUE_BLOCKS = 64;

    /** Put after the last block: the writer stops when it takes it. */
    private static final EventBlock END = new EventBlock(0, 1);

    private final TraceWriter out;
    private final Consumer<EventBlock> emptied;
    private final Runnable failed;
    private final BlockingQueue<EventBlock> queue = new ArrayBlockingQueue<>(QUEUE_BLOCKS);
    private final Thread thread;
    /** Written by the writer thread only; read by {@link #finish()} after join, which orders it. */
    private IOException failure;

    /**
     * @param emptied gives a written (or discarded) and cleared block back to its thread; must not block
     * @param failed  told once, on the writer thread, when a write fails; must not block
     */
    BlockWriter(TraceWriter out, Consumer<EventBlock> emptied, Runnable failed) {
        this.out = out;
        this.emptied = emptied;
        this.failed = failed;
        this.thread = new Thread(this::run, "poolscope-recorder " + out.file().getFileName());
        // a recording never closed must not keep the JVM alive; its unwritten blocks are lost either way
        thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    /**
     * Queues a full block for writing; waits while the queue is full. The queue's put/take pair
     * orders every write the caller made into the block before the writer's reads of it.
     */
    void submit(EventBlock block) {
        Uninterruptibly.put(queue, block);
    }

    /**
     * Writes what is queued, stops the thread, closes the file.
     *
     * @return the first failure of writing or closing (naming the file), or null
     */
    IOException finish() {
        submit(END);
        Uninterruptibly.join(thread);
        return failure;
    }

    private void run() {
        boolean running = true;
        while (running) {
            EventBlock block = Uninterruptibly.take(queue);
            running = block != END;
            if (running) {
                writeUnlessFailed(block);
                block.clear();
                // the hand-back (a blocking queue offer) orders this clear before the thread refills the block
                emptied.accept(block);
            }
        }
        closeOutput();
    }

    private void writeUnlessFailed(EventBlock block) {
        if (failure == null) {
            try {
                out.write(block);
            } catch (IOException e) {
                failure = e;
            } catch (RuntimeException e) {
                failure = new IOException(out.file() + ": the recording could not be written: " + e.getMessage(), e);
            }
            if (failure != null) {
                failed.run();
            }
        }
    }

    private void closeOutput() {
        try {
            out.close();
        } catch (IOException e) {
            IOException closing = FileOperationException.of("write", out.file(), "closing it", e);
            if (failure == null) {
                failure = closing;
            } else {
                failure.addSuppressed(closing);
            }
        }
    }
}
