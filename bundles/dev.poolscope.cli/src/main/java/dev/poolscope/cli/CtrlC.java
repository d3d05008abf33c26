package dev.poolscope.cli;

import dev.poolscope.trace.workload.StopRequest;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Ctrl+C during a recording, taken as {@code perf record} takes it, or during an export. On SIGINT
 * (and SIGTERM or SIGHUP) the JVM starts its shutdown and runs its hooks; this one asks the run to
 * stop at an operation boundary (an export: at its next event), then holds the exit until main has
 * closed the trace (deleted the unfinished export), said what it kept and called {@link #release()}.
 * The JVM then exits with the signal's status: 130 for SIGINT.
 */
final class CtrlC {

    /** How long the hook holds the exit: far beyond closing a trace, which takes a fraction of a second. */
    static final Duration HOLD = Duration.ofSeconds(60);

    private final boolean handled;
    private final StopRequest stop = new StopRequest();
    private final CountDownLatch released = new CountDownLatch(1);
    private final Thread hook = new Thread(this::holdExit, "poolscope-ctrl-c");
    /** Touched by the main thread only. */
    private boolean installed;

    private CtrlC(boolean handled) {
        this.handled = handled;
    }

    /** Ctrl+C stops a recording: for the process's own command line. */
    static CtrlC handled() {
        return new CtrlC(true);
    }

    /** No hook: for command lines run inside another program (tests), which owns its own exit. */
    static CtrlC ignored() {
        return new CtrlC(false);
    }

    /** The request a Ctrl+C from now on makes; call it on the main thread just before the run. */
    StopRequest stopRequest() {
        if (handled && !installed) {
            try {
                Runtime.getRuntime().addShutdownHook(hook);
                installed = true;
            } catch (IllegalStateException e) { // the shutdown began before the run: it has nothing to keep
                stop.request();
            }
        }
        return stop;
    }

    /** Lets a running hook end, and the JVM exit, once everything has been said; removes a hook that never ran. */
    void release() {
        released.countDown();
        if (installed) {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // the shutdown has begun: the hook, released above, ends and the JVM exits with the signal's status
            }
        }
    }

    private void holdExit() {
        stop.request();
        try {
            if (!released.await(HOLD.toMillis(), TimeUnit.MILLISECONDS)) {
                System.err.printf("poolscope: the run did not stop within %d s of the interrupt; exiting without "
                        + "closing the trace%n", HOLD.toSeconds());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // nothing interrupts a shutdown hook; if one did, exit now
        }
    }
}
