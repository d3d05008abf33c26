package dev.poolscope.testkit;

import dev.poolscope.core.GenPool;
import dev.poolscope.core.Variant;
import dev.poolscope.trace.EventKind;
import dev.poolscope.trace.EventProbe;
import dev.poolscope.trace.TraceHeader;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A hand-written run of our allocator on one thread, as an imported capture looks: allocations made
 * before {@link #start} are the trace's start state; after it each alloc and free is recorded, with
 * a LABEL naming its caller when given one. The pool: min order 5 (32-byte units), first-fit, one
 * chunk of {@link #CHUNK_BYTES} at {@link #CHUNK_START}, so every address and unit is easy to work out.
 */
public final class LabelledScript {

    public static final long CHUNK_START = 0x10000000L;
    public static final long CHUNK_BYTES = 4 << 10;

    private final List<String> labels;
    private final LabellingProbe probe = new LabellingProbe();
    private final GenPool pool = GenPool.create(5, Variant.MAINLINE, probe);
    private TraceHeader header;

    /** A script whose labels are indices into {@code labels}. */
    public LabelledScript(List<String> labels) {
        this.labels = List.copyOf(labels);
        pool.addChunk(CHUNK_START, 0x80000000L, CHUNK_BYTES);
    }

    /** Allocates {@code size} bytes; before {@link #start} unrecorded. Returns the address (0: none). */
    public long alloc(long size) {
        return alloc(size, -1);
    }

    /** Allocates {@code size} bytes recorded with label {@code label} (-1: none); returns the address. */
    public long alloc(long size, int label) {
        probe.nextLabel = label;
        return pool.alloc(size);
    }

    /**
     * Places {@code size} bytes at {@code address} without a search, inside an alloc's begin and end
     * labelled {@code label} (-1: none), as a capture's import places an overlapped allocation.
     */
    public void place(long address, long size, int label) {
        probe.nextLabel = label;
        probe.allocBegin(size, GenPool.bitsFor(size, pool.minAllocOrder()));
        pool.place(address, size);
        probe.allocEnd(size, address);
    }

    /** Frees {@code size} bytes at {@code address} (recorded without a label once started). */
    public void free(long address, long size) {
        probe.nextLabel = -1;
        pool.free(address, size);
    }

    /** Ends the unrecorded part: the pool now is the trace's start state. */
    public LabelledScript start() {
        header = TraceHeader.ofCurrentState(pool, 1, "labelled script", 0, labels);
        probe.recording = true;
        return this;
    }

    /** The seq of the last recorded event, -1 before the first. */
    public long lastSeq() {
        return probe.recorder.lastSeq();
    }

    /** The recorded run so far. */
    public MemoryTrace trace() {
        if (header == null) {
            throw new IllegalStateException("start() was not called: the trace has no header yet");
        }
        return probe.recorder.trace(header);
    }

    /** Records only once {@code recording} is set; labels an alloc right after its begin. One thread: plain fields do. */
    private static final class LabellingProbe extends EventProbe {

        private final MemoryRecorder recorder = new MemoryRecorder(new AtomicLong()::getAndIncrement);
        private boolean recording;
        private int nextLabel = -1;

        @Override
        protected void emit(int chunk, EventKind kind, long p0, long p1, long p2, long p3, long p4) {
            if (recording) {
                recorder.emit(chunk, kind, p0, p1, p2, p3, p4);
                if (kind == EventKind.ALLOC_BEGIN && nextLabel >= 0) {
                    recorder.label(nextLabel);
                }
            }
        }
    }
}
