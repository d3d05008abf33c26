package dev.poolscope.core.concurrent;

import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.Phaser;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Where the stress threads meet between phases. The last thread to arrive runs the quiet check
 * before anyone moves on, so the check sees a pool no thread is inside. A thread that fails breaks
 * the barrier for good (a Phaser, unlike a CyclicBarrier, also refuses threads that arrive later),
 * and a wait that times out fails instead of hanging the build.
 */
final class PhaseBarrier {

    private static final long TIMEOUT_SECONDS = 20;

    private final Phaser phaser;

    PhaseBarrier(int parties, Runnable quietCheck) {
        this.phaser = new Phaser(parties) {
            @Override
            protected boolean onAdvance(int phase, int registeredParties) {
                quietCheck.run(); // runs in the last thread to arrive; if it throws, that thread breaks the barrier
                return false;
            }
        };
    }

    /**
     * @throws BrokenBarrierException when another thread failed
     * @throws AssertionError         on timeout, or from the quiet check when this thread ran it
     */
    void await() throws InterruptedException, BrokenBarrierException {
        int phase = phaser.arrive();
        try {
            phaser.awaitAdvanceInterruptibly(phase, TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            throw new AssertionError("a thread did not reach the phase barrier within " + TIMEOUT_SECONDS + " s", e);
        }
        if (phaser.isTerminated()) {
            throw new BrokenBarrierException("another thread failed");
        }
    }

    /** Releases every thread waiting now or later with a BrokenBarrierException. */
    void breakForOthers() {
        phaser.forceTermination();
    }
}
