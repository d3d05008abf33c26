package dev.poolscope.trace.workload;

import dev.poolscope.core.Chunk;
import dev.poolscope.core.LockKind;
import dev.poolscope.core.Probe;

/**
 * The probe a run's pool is created with. It passes each probe call to the recorder and then to
 * the calling thread's hook (the controlled scheduler parks the thread there), but only on the
 * run's own threads: setting the pool up (adding chunks, which takes the pool's write lock in the
 * pre-patch variant) happens on another thread before the run and is not part of it; the trace
 * header describes the chunks instead.
 */
public final class RunProbe implements Probe {

    private final Probe recorder;
    /** Set on the run's threads only; each thread reads its own, so no synchronisation is needed. */
    private final ThreadLocal<Probe> hook = new ThreadLocal<>();

    public RunProbe(Probe recorder) {
        this.recorder = recorder;
    }

    /** Makes the calling thread one of the run's threads; {@code afterRecording} sees each of its calls after the recorder. */
    public void admitCurrentThread(Probe afterRecording) {
        hook.set(afterRecording);
    }

    @Override
    public void allocBegin(long size, long nbits) {
        Probe after = hook.get();
        if (after != null) {
            recorder.allocBegin(size, nbits);
            after.allocBegin(size, nbits);
        }
    }

    @Override
    public void allocEnd(long size, long address) {
        Probe after = hook.get();
        if (after != null) {
            recorder.allocEnd(size, address);
            after.allocEnd(size, address);
        }
    }

    @Override
    public void freeBegin(long address, long size) {
        Probe after = hook.get();
        if (after != null) {
            recorder.freeBegin(address, size);
            after.freeBegin(address, size);
        }
    }

    @Override
    public void freeEnd(long address, long size) {
        Probe after = hook.get();
        if (after != null) {
            recorder.freeEnd(address, size);
            after.freeEnd(address, size);
        }
    }

    @Override
    public void availRead(Chunk chunk, long avail) {
        Probe after = hook.get();
        if (after != null) {
            recorder.availRead(chunk, avail);
            after.availRead(chunk, avail);
        }
    }

    @Override
    public void search(Chunk chunk, long fromBit, long nbits, long foundBit) {
        Probe after = hook.get();
        if (after != null) {
            recorder.search(chunk, fromBit, nbits, foundBit);
            after.search(chunk, fromBit, nbits, foundBit);
        }
    }

    @Override
    public void wordRead(Chunk chunk, int word, long value) {
        Probe after = hook.get();
        if (after != null) {
            recorder.wordRead(chunk, word, value);
            after.wordRead(chunk, word, value);
        }
    }

    @Override
    public void casAttempt(Chunk chunk, int word, long expected, long desired, long witnessed, boolean success) {
        Probe after = hook.get();
        if (after != null) {
            recorder.casAttempt(chunk, word, expected, desired, witnessed, success);
            after.casAttempt(chunk, word, expected, desired, witnessed, success);
        }
    }

    @Override
    public void wordStore(Chunk chunk, int word, long before, long after) {
        Probe next = hook.get();
        if (next != null) {
            recorder.wordStore(chunk, word, before, after);
            next.wordStore(chunk, word, before, after);
        }
    }

    @Override
    public void partialSet(Chunk chunk, long startBit, long nbits, long remaining) {
        Probe after = hook.get();
        if (after != null) {
            recorder.partialSet(chunk, startBit, nbits, remaining);
            after.partialSet(chunk, startBit, nbits, remaining);
        }
    }

    @Override
    public void rollback(Chunk chunk, long startBit, long nbits) {
        Probe after = hook.get();
        if (after != null) {
            recorder.rollback(chunk, startBit, nbits);
            after.rollback(chunk, startBit, nbits);
        }
    }

    @Override
    public void retry(Chunk chunk, long fromBit) {
        Probe after = hook.get();
        if (after != null) {
            recorder.retry(chunk, fromBit);
            after.retry(chunk, fromBit);
        }
    }

    @Override
    public void partialClear(Chunk chunk, long startBit, long nbits, long remaining) {
        Probe after = hook.get();
        if (after != null) {
            recorder.partialClear(chunk, startBit, nbits, remaining);
            after.partialClear(chunk, startBit, nbits, remaining);
        }
    }

    @Override
    public void restore(Chunk chunk, long startBit, long nbits) {
        Probe after = hook.get();
        if (after != null) {
            recorder.restore(chunk, startBit, nbits);
            after.restore(chunk, startBit, nbits);
        }
    }

    @Override
    public void availChange(Chunk chunk, long delta, long newAvail) {
        Probe after = hook.get();
        if (after != null) {
            recorder.availChange(chunk, delta, newAvail);
            after.availChange(chunk, delta, newAvail);
        }
    }

    @Override
    public void lockRequest(Chunk chunk, LockKind kind) {
        Probe after = hook.get();
        if (after != null) {
            recorder.lockRequest(chunk, kind);
            after.lockRequest(chunk, kind);
        }
    }

    @Override
    public void lockAcquired(Chunk chunk, LockKind kind) {
        Probe after = hook.get();
        if (after != null) {
            recorder.lockAcquired(chunk, kind);
            after.lockAcquired(chunk, kind);
        }
    }

    @Override
    public void lockReleased(Chunk chunk, LockKind kind) {
        Probe after = hook.get();
        if (after != null) {
            recorder.lockReleased(chunk, kind);
            after.lockReleased(chunk, kind);
        }
    }
}
