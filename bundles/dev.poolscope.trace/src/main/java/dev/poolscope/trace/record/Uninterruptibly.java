package dev.poolscope.trace.record;

import java.util.concurrent.BlockingQueue;

/**
 * Blocking queue steps that finish even when the thread is interrupted, then restore its interrupt
 * status. A probe call cannot throw InterruptedException and must not lose its event, and the
 * recorder's own waits are short (bounded by one block write); the interrupt stays visible to the
 * code that looks for it.
 */
final class Uninterruptibly {

    private Uninterruptibly() {
    }

    static <T> T take(BlockingQueue<T> queue) {
        boolean interrupted = false;
        T item = null;
        while (item == null) {
            try {
                item = queue.take();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        restore(interrupted);
        return item;
    }

    static <T> void put(BlockingQueue<T> queue, T item) {
        boolean interrupted = false;
        boolean done = false;
        while (!done) {
            try {
                queue.put(item);
                done = true;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        restore(interrupted);
    }

    static void join(Thread thread) {
        boolean interrupted = false;
        boolean done = false;
        while (!done) {
            try {
                thread.join();
                done = true;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        restore(interrupted);
    }

    private static void restore(boolean interrupted) {
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
