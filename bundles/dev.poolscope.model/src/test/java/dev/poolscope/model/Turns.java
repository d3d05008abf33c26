package dev.poolscope.model;

import dev.poolscope.core.Probe;
import dev.poolscope.testkit.MemoryRecorder;

import java.lang.reflect.Proxy;
import java.util.List;

/**
 * Lets the threads of a test take turns at the allocator's probe points, so that a race happens
 * exactly where the test wants it. Each turn lets one thread run until its n-th call of a probe
 * method; the others wait at their next probe call. Threads named in no turn, and every thread after
 * the last turn, run freely.
 */
final class Turns {

    /** Thread {@code thread} runs until it has called probe method {@code method} {@code calls} times in this turn. */
    record Turn(int thread, String method, int calls) {
    }

    private static final long PATIENCE_MILLIS = 10_000;

    private final List<Turn> turns;
    private int current;
    private int callsInTurn;

    Turns(Turn... turns) {
        this.turns = List.of(turns);
    }

    /** A probe that records every call with {@code recorder}, then holds the thread while another one has the turn. */
    Probe probe(MemoryRecorder recorder) {
        return (Probe) Proxy.newProxyInstance(Probe.class.getClassLoader(), new Class<?>[] {Probe.class},
                (proxy, method, args) -> {
                    if (method.getDeclaringClass() == Object.class) {
                        return method.invoke(this, args);
                    }
                    method.invoke(recorder, args);
                    afterCall(recorder.threadIds().current(), method.getName());
                    return null;
                });
    }

    /** Waits until {@code thread} has the turn (or no turn is left). */
    synchronized void awaitTurn(int thread) throws InterruptedException {
        long deadline = System.currentTimeMillis() + PATIENCE_MILLIS;
        while (scheduled(thread) && turns.get(current).thread() != thread) {
            long left = deadline - System.currentTimeMillis();
            if (left <= 0) {
                throw new IllegalStateException("thread " + thread + " never got its turn; stuck at " + turns.get(current));
            }
            wait(left);
        }
    }

    /** Ends {@code thread}'s turn if it still has it, so a schedule that expects more of it cannot hang the test. */
    synchronized void finished(int thread) {
        if (current < turns.size() && turns.get(current).thread() == thread) {
            advance();
        }
    }

    private synchronized void afterCall(int thread, String method) throws InterruptedException {
        if (current < turns.size() && turns.get(current).thread() == thread) {
            Turn turn = turns.get(current);
            if (turn.method().equals(method) && ++callsInTurn == turn.calls()) {
                advance();
            }
        }
        awaitTurn(thread);
    }

    private void advance() {
        current++;
        callsInTurn = 0;
        notifyAll();
    }

    /** True while turns are left and {@code thread} takes part in one of them. */
    private boolean scheduled(int thread) {
        return current < turns.size() && turns.stream().anyMatch(turn -> turn.thread() == thread);
    }
}
