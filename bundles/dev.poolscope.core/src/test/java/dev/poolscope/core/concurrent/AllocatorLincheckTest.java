package dev.poolscope.core.concurrent;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.poolscope.core.Probe;

import org.jetbrains.lincheck.LincheckAssertionError;
import org.jetbrains.lincheck.datastructures.ModelCheckingOptions;
import org.junit.jupiter.api.Test;

/**
 * Lincheck model checking of the real mainline pool, driven through {@link PoolOperations}: for
 * every scenario Lincheck generates and every interleaving it explores, no operation sees two
 * live allocations overlap and the quiet pool balances (bitmap = live allocations, avail = size
 * minus live bytes). The tripwires show that the same exploration reaches a failed CAS and a
 * rollback that clears bits; the controls show that a bitmap without a proper CAS is caught, the
 * blind-CAS one only because Lincheck switches threads right before a
 * {@code VarHandle.compareAndExchange} on a {@code long[]}.
 *
 * <p>Runs are 10 scenarios of 100 interleavings: under Lincheck's tracing an invocation of the
 * real pool costs a few milliseconds, so the 20 x 500 of a bare CAS bitmap would take minutes.
 */
class AllocatorLincheckTest {

    /** Two threads of three operations on a two-word chunk, after one operation that sets the pool up. */
    private static ModelCheckingOptions twoThreads() {
        return new ModelCheckingOptions().iterations(10).invocationsPerIteration(100)
                .threads(2).actorsPerThread(3).actorsBefore(1).actorsAfter(1);
    }

    /** Three threads of two operations on a one-word chunk. */
    private static ModelCheckingOptions threeThreads() {
        return new ModelCheckingOptions().iterations(10).invocationsPerIteration(100)
                .threads(3).actorsPerThread(2).actorsBefore(1).actorsAfter(0);
    }

    public static final class TwoWordPool extends PoolOperations {
        public TwoWordPool() {
            super(mainline(128, Probe.NONE), 128);
        }
    }

    public static final class OneWordPool extends PoolOperations {
        public OneWordPool() {
            super(mainline(64, Probe.NONE), 64);
        }
    }

    public static final class TwoWordFailedCasTripwire extends PoolOperations {
        public TwoWordFailedCasTripwire() {
            super(mainline(128, Tripwire.onFailedCas()), 128);
        }
    }

    public static final class TwoWordRollbackTripwire extends PoolOperations {
        public TwoWordRollbackTripwire() {
            super(mainline(128, Tripwire.onRollback()), 128);
        }
    }

    public static final class OneWordFailedCasTripwire extends PoolOperations {
        public OneWordFailedCasTripwire() {
            super(mainline(64, Tripwire.onFailedCas()), 64);
        }
    }

    public static final class TornWriteControl extends PoolOperations {
        public TornWriteControl() {
            super(new RacyBitmapPool(CHUNK_START, 128, RacyBitmapPool.WordWrite.TORN), 128);
        }
    }

    public static final class BlindCasControl extends PoolOperations {
        public BlindCasControl() {
            super(new RacyBitmapPool(CHUNK_START, 128, RacyBitmapPool.WordWrite.BLIND_CAS), 128);
        }
    }

    @Test
    void twoThreadsAcrossTwoWordsNeverOverlapAndBalance() {
        twoThreads().checkObstructionFreedom(true).check(TwoWordPool.class);
    }

    @Test
    void threeThreadsOnOneWordNeverOverlapAndBalance() {
        threeThreads().checkObstructionFreedom(true).check(OneWordPool.class);
    }

    @Test
    void theTwoThreadExplorationMakesACasFail() {
        assertFailsFor("tripwire: the CAS", twoThreads(), TwoWordFailedCasTripwire.class);
    }

    @Test
    void theTwoThreadExplorationRollsBackAPartialSet() {
        assertFailsFor("tripwire: rollback", twoThreads(), TwoWordRollbackTripwire.class);
    }

    @Test
    void theThreeThreadExplorationMakesACasFail() {
        assertFailsFor("tripwire: the CAS", threeThreads(), OneWordFailedCasTripwire.class);
    }

    @Test
    void aBitmapThatWritesWordsWithoutCasIsCaught() {
        assertFailsFor("overlap", twoThreads(), TornWriteControl.class);
    }

    @Test
    void aBitmapThatIgnoresTheCasOutcomeIsCaught() {
        assertFailsFor("overlap", twoThreads(), BlindCasControl.class);
    }

    /**
     * Lincheck must report a failure whose report contains {@code expected}: failing for another
     * reason (a hang, a bug in the test object) proves nothing. Minimizing the failing scenario
     * would only cost time.
     */
    private static void assertFailsFor(String expected, ModelCheckingOptions options, Class<?> subject) {
        LincheckAssertionError failure = assertThrows(LincheckAssertionError.class,
                () -> options.minimizeFailedScenario(false).check(subject));
        assertTrue(failure.getMessage().contains(expected),
                () -> "Lincheck failed " + subject.getSimpleName() + " but not for \"" + expected + "\":\n" + failure.getMessage());
    }
}
