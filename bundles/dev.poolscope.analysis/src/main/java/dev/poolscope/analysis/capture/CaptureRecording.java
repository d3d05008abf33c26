package dev.poolscope.analysis.capture;

import dev.poolscope.core.Probe;
import dev.poolscope.trace.EventProbe;
import dev.poolscope.trace.run.FileRecording;
import dev.poolscope.trace.run.RunPlan;
import dev.poolscope.trace.sched.ScheduleException;
import dev.poolscope.trace.sched.StepClock;
import dev.poolscope.trace.workload.StopRequest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * One pool of a kernel capture as a trace file, so the workbench opens it like any trace: the fidelity
 * check's own replay ({@link FidelityCheck}) recorded step by step, from the pool's start state (its
 * {@code first} snapshot's words, or empty), each operation on the logical thread of its kernel task,
 * at its kernel time (nanoseconds from the pool's first record), labelled with its caller. Overlapped
 * operations are the kernel's results placed, not searched, as the check applies them. A pool whose
 * replay does not pass is not written: its trace would show what the kernel did not.
 */
public final class CaptureRecording {

    private CaptureRecording() {
    }

    /**
     * Records {@code pool} of {@code capture} into {@code output}, written whole.
     *
     * @return the fidelity of the replay recorded, which passed
     * @throws CaptureNotReplayedException when the replay does not pass (nothing is written)
     * @throws IOException                 naming the file, when it cannot be written
     */
    public static PoolFidelity record(Capture capture, CapturedPool pool, Path output)
            throws IOException, InterruptedException, CaptureNotReplayedException {
        CaptureTraceHeader header = new CaptureTraceHeader(capture, pool);
        PoolFidelity[] result = new PoolFidelity[1];
        RunPlan plan = new RunPlan.OnReplayedThreads(header.header(), "kernel capture " + capture.source().getFileName(),
                (recorder, time, stop) -> {
                    result[0] = FidelityCheck.check(capture, pool, new Observer(header, recorder, time, origin(pool)));
                    if (!result[0].passed()) {
                        throw new NotPassed(result[0]); // the recording then keeps nothing
                    }
                });
        try {
            new FileRecording(plan, output).record(new StopRequest());
        } catch (NotPassed e) {
            throw new CaptureNotReplayedException(describe(e.fidelity));
        } catch (ScheduleException e) {
            throw new IllegalStateException("a replay on the recording thread has no schedule to break", e);
        }
        return result[0];
    }

    /** The kernel time of the pool's first call: event times count from it. */
    private static long origin(CapturedPool pool) {
        return pool.records().stream().filter(CaptureEvent.class::isInstance).map(CaptureEvent.class::cast)
                .mapToLong(event -> event.timing().t0()).min().orElse(0);
    }

    private static String describe(PoolFidelity fidelity) {
        String why = fidelity.firstDivergence().map(d -> String.format(Locale.ROOT, "its replay diverges at seq %d: %s",
                d.seq(), d.problem())).orElseGet(() -> !fidelity.problems().isEmpty() ? fidelity.problems().get(0)
                        : fidelity.incomplete().orElse("its end state differs from the kernel's: " + fidelity.end().difference()));
        return "pool " + fidelity.label() + " is not written as a trace: " + why
                + " (poolscope fidelity shows the whole check)";
    }

    /** Carries a failed check out of the recording, which then deletes its part file. */
    private static final class NotPassed extends RuntimeException {

        private static final long serialVersionUID = 1L;

        final transient PoolFidelity fidelity;

        NotPassed(PoolFidelity fidelity) {
            super(null, null, false, false);
            this.fidelity = fidelity;
        }
    }

    /**
     * Puts each operation on its task's thread and time and, once it has begun, labels it with its caller.
     * One recording thread: plain fields do.
     */
    private static final class Observer implements ReplayObserver, Probe {

        private final CaptureTraceHeader header;
        private final EventProbe recorder;
        private final StepClock time;
        private final long origin;
        private final Probe probe;
        private int label;

        Observer(CaptureTraceHeader header, EventProbe recorder, StepClock time, long origin) {
            this.header = header;
            this.recorder = recorder;
            this.time = time;
            this.origin = origin;
            this.probe = Probe.both(recorder, this); // the recorder sees each begin before this labels it
        }

        @Override
        public Probe probe() {
            return probe;
        }

        @Override
        public void applying(CaptureEvent operation) {
            recorder.threadIds().bindCurrentThread(header.thread(operation.timing().pid()));
            time.set(operation.timing().t0() - origin);
            label = header.label(operation instanceof CaptureEvent.Alloc alloc ? alloc.caller()
                    : ((CaptureEvent.Free) operation).caller());
        }

        @Override
        public void allocBegin(long size, long nbits) {
            recorder.label(label);
        }

        @Override
        public void freeBegin(long address, long size) {
            recorder.label(label);
        }
    }
}
