package dev.poolscope.testkit;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * Waits with a deadline: a test that waits for a thread, a latch, a process or a condition fails
 * naming what it waited for, instead of hanging the build, when that never comes.
 */
public final class Deadlines {

    /** Long enough for a slow, loaded machine; reaching it is a failure, not a measurement. */
    public static final long PATIENCE_MILLIS = 60_000;

    private static final long POLL_MILLIS = 5;

    private Deadlines() {
    }

    /** Waits for {@code thread} to end. */
    public static void join(Thread thread) throws InterruptedException {
        thread.join(PATIENCE_MILLIS);
        if (thread.isAlive()) {
            fail("gave up waiting for thread " + thread.getName() + " to end");
        }
    }

    /** Waits for {@code latch} to open; {@code what} says what it stands for. */
    public static void await(CountDownLatch latch, String what) throws InterruptedException {
        if (!latch.await(PATIENCE_MILLIS, TimeUnit.MILLISECONDS)) {
            fail("gave up waiting for " + what);
        }
    }

    /** Waits for {@code process} to exit and returns its exit code; kills it when it never does. */
    public static int exitCode(Process process, String what) throws InterruptedException {
        if (!process.waitFor(PATIENCE_MILLIS, TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            fail("gave up waiting for " + what + " to exit");
        }
        return process.exitValue();
    }

    /** Polls {@code done} off the UI thread until it holds. */
    public static void until(BooleanSupplier done, String what) throws InterruptedException {
        long deadline = System.currentTimeMillis() + PATIENCE_MILLIS;
        while (!done.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                fail("gave up waiting for " + what);
            }
            Thread.sleep(POLL_MILLIS);
        }
    }
}
