package dev.poolscope.testkit;

import dev.poolscope.core.GenPool;
import dev.poolscope.core.Variant;
import dev.poolscope.trace.EventKind;
import dev.poolscope.trace.EventProbe;
import dev.poolscope.trace.TraceHeader;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A run of our allocator recorded from a pool that already holds allocations when the recording
 * starts, each operation labelled: what an imported kernel capture looks like (a pool made at boot,
 * callers named). One thread: a seeded fill of two chunks with allocations and some frees, unrecorded;
 * then the header with the pool's bitmaps as its start state and {@code labels} as its table; then
 * recorded allocations and frees (of start-state memory too), each with a LABEL event from inside the
 * operation, as a probe that knows the caller emits it. After every operation the pool is quiet, and
 * its words are kept with the last seq, so a replay can be compared with the live pool at each.
 *
 * @param pool   the pool after the run
 * @param trace  the recorded run, its header a version 2 one
 * @param states the pool's words (by chunk id) after each recorded operation, and before the first (seq -1)
 */
public record PrefilledRun(GenPool pool, MemoryTrace trace, List<QuietState> states) {

    /** The pool's words after the event {@code seq}, by chunk id. */
    public record QuietState(long seq, Map<Integer, List<Long>> words) {
    }

    /** Records {@code ops} operations after {@code fillOps} unrecorded ones, labelled from {@code labels} (not empty). */
    public static PrefilledRun record(long seed, int fillOps, int ops, List<String> labels) {
        Random random = new Random(seed);
        LabellingRecorder probe = new LabellingRecorder();
        GenPool pool = GenPool.create(5, Variant.MAINLINE, probe);
        pool.addChunk(0x10000000L, 0x80000000L, 8 << 10);
        pool.addChunk(0x20000000L, 0x90000000L, 4 << 10);
        List<long[]> live = new ArrayList<>();
        for (int i = 0; i < fillOps; i++) {
            step(pool, random, live);
        }
        TraceHeader header = TraceHeader.ofCurrentState(pool, 1, "prefilled: seed " + seed + ", " + fillOps
                + " unrecorded then " + ops + " recorded ops", seed, labels);
        probe.recording = true;
        List<QuietState> states = new ArrayList<>();
        states.add(new QuietState(-1, BitmapReplay.words(pool)));
        for (int i = 0; i < ops; i++) {
            probe.nextLabel = random.nextInt(labels.size());
            step(pool, random, live);
            states.add(new QuietState(probe.recorder.lastSeq(), BitmapReplay.words(pool)));
        }
        return new PrefilledRun(pool, probe.recorder.trace(header), states);
    }

    /** An alloc of 32..512 bytes, or (when something is held, one time in three) a free of a random holding. */
    private static void step(GenPool pool, Random random, List<long[]> live) {
        if (!live.isEmpty() && random.nextInt(3) == 0) {
            long[] held = live.remove(random.nextInt(live.size()));
            pool.free(held[0], held[1]);
        } else {
            long size = 32 + random.nextInt(481);
            long address = pool.alloc(size);
            if (address != 0) {
                live.add(new long[] {address, size});
            }
        }
    }

    /** The run written as a trace file, a few events a block. */
    public void toFile(Path file) throws IOException {
        SmallBlocks.write(file, trace.header(), trace.events(), 64);
    }

    /**
     * Records into memory only once {@code recording} is set, and labels each operation right after its
     * begin; one thread, so plain fields do.
     */
    private static final class LabellingRecorder extends EventProbe {

        /** Event times are steps from 0, as in a scheduled run. */
        private final MemoryRecorder recorder = new MemoryRecorder(new AtomicLong()::getAndIncrement);
        private boolean recording;
        private int nextLabel;

        @Override
        protected void emit(int chunk, EventKind kind, long p0, long p1, long p2, long p3, long p4) {
            if (recording) {
                recorder.emit(chunk, kind, p0, p1, p2, p3, p4);
                if (kind == EventKind.ALLOC_BEGIN || kind == EventKind.FREE_BEGIN) {
                    recorder.label(nextLabel);
                }
            }
        }
    }
}
