package dev.poolscope.trace.record;

import dev.poolscope.trace.EventKind;
import dev.poolscope.trace.file.EventBlock;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * One logical thread's share of a recording: the block it is filling and the empty blocks waiting
 * for it. Only the recorded thread touches the block it fills (so filling takes no lock and
 * allocates nothing); a full block goes to the writer and comes back empty through {@code spares}.
 * A fixed number of blocks per thread bounds the memory: when all are with the writer, the thread
 * waits for one to come back.
 */
final class ThreadRecording {

    /** Blocks per thread: one filling, the others queued or being written. */
    static final int BLOCKS_PER_THREAD = 3;

    private final BlockWriter writer;
    /** Holds every block not being filled, so giving one back never blocks or fails. */
    private final BlockingQueue<EventBlock> spares = new ArrayBlockingQueue<>(BLOCKS_PER_THREAD);
    /** Only the recorded thread reads or writes this, and close() once the thread has stopped. */
    private EventBlock filling;

    ThreadRecording(int thread, int eventsPerBlock, BlockWriter writer) {
        this.writer = writer;
        this.filling = new EventBlock(thread, eventsPerBlock);
        for (int i = 1; i < BLOCKS_PER_THREAD; i++) {
            spares.add(new EventBlock(thread, eventsPerBlock));
        }
    }

    /** Records an event of this thread; called by the thread itself. */
    void add(long seq, long time, int chunk, EventKind kind, long p0, long p1, long p2, long p3, long p4) {
        filling.add(seq, time, chunk, kind, p0, p1, p2, p3, p4);
        if (filling.isFull()) {
            writer.submit(filling);
            // the writer cleared this block before giving it back through the queue: that orders the clear before our refill
            filling = Uninterruptibly.take(spares);
        }
    }

    /**
     * Hands over the partly filled block, at close. The caller guarantees the thread has stopped
     * and that its last event happens-before this call (e.g. it joined the thread).
     */
    void flush() {
        if (!filling.isEmpty()) {
            writer.submit(filling);
        }
    }

    /** Takes back a block the writer has emptied; called on the writer thread. */
    void giveBack(EventBlock block) {
        spares.add(block);
    }
}
