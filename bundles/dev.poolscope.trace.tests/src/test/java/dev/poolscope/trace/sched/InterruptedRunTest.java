package dev.poolscope.trace.sched;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.poolscope.testkit.Deadlines;
import dev.poolscope.trace.EventKind;
import dev.poolscope.trace.EventProbe;
import dev.poolscope.trace.workload.Workload;
import dev.poolscope.trace.workload.WorkloadRunner;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Interrupting the thread that runs a workload cancels the run (the UI's Record Run job does so):
 * the run throws InterruptedException only once its threads have ended, so that the recorder can
 * be closed right after and receives nothing more.
 */
class InterruptedRunTest {

    /** Far more work than the test waits for: only the interrupt ends it. */
    private static final Workload ENDLESS = Workload.parse("threads=3 ops=1000000000 fill=0.9 chunks=64KiB@0x10000000");

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void anInterruptedRunEndsItsThreadsBeforeItThrows(boolean scheduled) throws Exception {
        WatchingProbe probe = new WatchingProbe();
        AtomicReference<Throwable> outcome = new AtomicReference<>();
        Thread runner = new Thread(() -> {
            try {
                if (scheduled) {
                    new ControlledScheduler(Schedule.random(1)).run(ENDLESS, probe, new StepClock());
                } else {
                    WorkloadRunner.run(ENDLESS, probe);
                }
            } catch (Throwable e) {
                outcome.set(e);
            }
            probe.eventsAtReturn.set(probe.events.get());
        }, "interrupted-run");
        runner.start();
        Deadlines.await(probe.busy, "the run to be busy");
        runner.interrupt();
        Deadlines.join(runner);

        assertInstanceOf(InterruptedException.class, outcome.get());
        for (Thread thread : probe.threads) {
            assertFalse(thread.isAlive(), thread.getName() + " still runs after the run threw");
        }
        assertEquals(probe.eventsAtReturn.get(), probe.events.get(), "events recorded after the run threw");
    }

    /** Counts events, remembers the threads that sent them, and opens {@link #busy} after many. */
    private static final class WatchingProbe extends EventProbe {

        final AtomicLong events = new AtomicLong();
        final AtomicLong eventsAtReturn = new AtomicLong();
        final Set<Thread> threads = ConcurrentHashMap.newKeySet();
        final CountDownLatch busy = new CountDownLatch(1);

        @Override
        protected void emit(int chunk, EventKind kind, long p0, long p1, long p2, long p3, long p4) {
            threads.add(Thread.currentThread());
            if (events.incrementAndGet() == 20_000) {
                busy.countDown();
            }
        }
    }
}
