package dev.poolscope.analysis.log;

import dev.poolscope.core.Algorithm;
import dev.poolscope.core.Variant;
import dev.poolscope.trace.workload.ChunkSpec;
import dev.poolscope.trace.workload.PoolSpec;

import java.io.IOException;

/**
 * Writes an allocation log as a script for the kernel module poolscope_logreplay
 * (releng/capture/logreplay/README.md). The running kernel's lib/genalloc.c then replays the
 * sequence that {@link LogReplay} runs through the Java port. One call writes one pool: a
 * {@code pool} line, a {@code chunk} line per chunk in order of addition, and an {@code alloc} or
 * {@code free} line per operation. Several pools may be written one after the other into one
 * script. The script's ids are the log's ids, because both count a pool's allocs from 1. The
 * module skips the free of a failed alloc, as the replay does.
 */
public final class KernelScript {

    private KernelScript() {
    }

    /**
     * Appends the script of {@code log} replayed through {@code spec} to {@code out}. A chunk's
     * physical address is its start, as {@link PoolSpec#create} adds it.
     *
     * @throws IllegalArgumentException before anything is written, when the kernel cannot run the
     *                                  pool as the port does: a variant other than mainline, a
     *                                  first_fit_align alignment over {@link Integer#MAX_VALUE} (the
     *                                  kernel's struct holds an int), or a fixed offset that is not a
     *                                  whole number of units (the kernel WARNs, and the module refuses it)
     * @throws IOException              when {@code out} fails
     */
    public static void write(AllocationLog log, PoolSpec spec, Appendable out) throws IOException {
        String pool = poolLine(spec);
        out.append(pool).append('\n');
        for (ChunkSpec chunk : spec.chunks()) {
            out.append(String.format("chunk 0x%x %d 0x%x", chunk.start(), chunk.size(), chunk.start())).append('\n');
        }
        for (int i = 0; i < log.operations(); i++) {
            if (log.isAlloc(i)) {
                out.append("alloc ").append(Long.toString(log.size(i))).append('\n');
            } else {
                out.append("free ").append(Integer.toString(log.id(i))).append('\n');
            }
        }
    }

    /** {@code pool ORDER ALGO [DATA]}, once the kernel is known to run the pool as the port does. */
    private static String poolLine(PoolSpec spec) {
        if (spec.variant() != Variant.MAINLINE) {
            throw new IllegalArgumentException("the kernel runs mainline lib/genalloc.c, not the " + spec.variant().id()
                    + " variant");
        }
        Algorithm algorithm = spec.algorithm();
        // describe() is "name" or "name key=N" (AlgorithmText reads it back); the script writes "name N"
        String[] described = algorithm.describe().split(" ", 2);
        String line = "pool " + spec.minAllocOrder() + " " + described[0];
        if (described.length == 1) {
            return line;
        }
        long data = Long.parseLong(described[1].substring(described[1].indexOf('=') + 1));
        if (algorithm.name().equals("first_fit_align") && data > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("first_fit_align align=" + data
                    + " does not fit the kernel's struct genpool_data_align, which holds an int (at most "
                    + Integer.MAX_VALUE + ")");
        }
        long unit = 1L << spec.minAllocOrder();
        if (algorithm.name().equals("fixed") && data % unit != 0) {
            throw new IllegalArgumentException("fixed offset=" + data + " is not a multiple of the pool's unit of "
                    + unit + " bytes: the kernel WARNs for it, and poolscope_logreplay refuses it");
        }
        return line + " " + data;
    }
}
