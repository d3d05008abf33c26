package dev.poolscope.core.concurrent;

import dev.poolscope.core.Chunk;
import dev.poolscope.core.Probe;

/**
 * A probe that throws the first time the allocator takes a given race path. Under Lincheck that
 * exception is a result no sequential execution gives, so the model checker reports the
 * interleaving that got there: proof that its exploration reaches the path.
 */
final class Tripwire {

    private Tripwire() {
    }

    /** Trips when a CAS on a bitmap word fails. */
    static Probe onFailedCas() {
        return new Probe() {
            @Override
            public void casAttempt(Chunk chunk, int word, long expected, long desired, long witnessed, boolean success) {
                if (!success) {
                    throw new IllegalStateException("tripwire: the CAS on word " + word + " failed");
                }
            }
        };
    }

    /** Trips when a partial set is rolled back, clearing bits it had set. */
    static Probe onRollback() {
        return new Probe() {
            @Override
            public void rollback(Chunk chunk, long startBit, long nbits) {
                if (nbits > 0) {
                    throw new IllegalStateException("tripwire: rollback of bits [" + startBit + ", " + (startBit + nbits) + ")");
                }
            }
        };
    }
}
