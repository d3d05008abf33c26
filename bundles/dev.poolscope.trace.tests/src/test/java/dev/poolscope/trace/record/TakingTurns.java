package dev.poolscope.trace.record;

import dev.poolscope.testkit.Deadlines;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.function.IntFunction;

/**
 * Real threads that run one step at a time in a fixed round-robin order, passing a baton: a
 * deterministic multi-threaded producer, as the controlled scheduler is.
 */
final class TakingTurns {

    private TakingTurns() {
    }

    /**
     * Runs {@code rounds} rounds of one step per thread, thread 0 first.
     *
     * @param stepOf called on thread {@code i} itself, before its first step, for its step
     */
    static void run(int threads, int rounds, IntFunction<Runnable> stepOf) throws InterruptedException {
        Semaphore[] turns = new Semaphore[threads];
        for (int i = 0; i < threads; i++) {
            turns[i] = new Semaphore(i == 0 ? 1 : 0);
        }
        List<Thread> running = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            int self = i;
            running.add(new Thread(() -> {
                Runnable step = stepOf.apply(self);
                for (int round = 0; round < rounds; round++) {
                    // release/acquire on the baton orders each step after the previous thread's step
                    turns[self].acquireUninterruptibly();
                    step.run();
                    turns[(self + 1) % threads].release();
                }
            }, "turn-" + i));
        }
        running.forEach(Thread::start);
        for (Thread thread : running) {
            Deadlines.join(thread);
        }
    }
}
