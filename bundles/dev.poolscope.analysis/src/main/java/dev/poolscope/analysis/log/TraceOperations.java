package dev.poolscope.analysis.log;

import dev.poolscope.core.Algorithm;
import dev.poolscope.core.Variant;
import dev.poolscope.trace.Event;
import dev.poolscope.trace.EventCursor;
import dev.poolscope.trace.EventKind;
import dev.poolscope.trace.Trace;
import dev.poolscope.trace.TraceHeader;
import dev.poolscope.trace.workload.ChunkSpec;
import dev.poolscope.trace.workload.PoolSpec;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A trace's operations as an allocation log, read in one pass: single-threaded in sequence order, an
 * alloc at its ALLOC_BEGIN with the size asked, a free at its FREE_BEGIN naming the id of the alloc
 * that got its address. A failed alloc is an alloc row with no free; an alloc of 0 bytes, which
 * the kernel answers with 0 before any search, is no row. So the threads' interleaving is
 * gone and the log replays, through any algorithm, the requests the run made in the order it began them.
 * LABEL events say who made a request, which a log does not keep.
 *
 * <p>A log replays from an empty pool, so it cannot carry a trace's start state (units already set
 * when the trace begins, whose requests it does not show): a trace with one is refused, with a message
 * that says so, rather than turned into a log whose replays would start from the wrong pool.
 */
public final class TraceOperations {

    private final Path source;
    /** Per thread: the id of its alloc that has begun and not ended. */
    private final Map<Integer, Integer> pendingByThread = new HashMap<>();
    /** Per live address: the id of the alloc that got it. */
    private final Map<Long, Integer> idByAddress = new HashMap<>();
    private long[] bytes = new long[1024];
    private int[] ids = new int[1024];
    private int count;
    private int allocs;

    private TraceOperations(Path source) {
        this.source = source;
    }

    /**
     * The operations of {@code trace}; the log names {@code source} (the trace's file) as its source.
     *
     * @throws IOException when the trace cannot be read, has a start state, or names a free of an
     *                     address no alloc of the trace got (the message gives the file and the event)
     */
    public static AllocationLog read(Trace trace, Path source) throws IOException {
        if (!trace.header().start().isEmpty()) {
            throw new IOException(String.format("%s: the trace starts with %,d units already allocated (its start state);"
                    + " an allocation log replays from an empty pool, so it cannot hold them", source,
                    trace.header().start().units()));
        }
        TraceOperations operations = new TraceOperations(source);
        try (EventCursor cursor = trace.from(0)) {
            for (Event event = cursor.next(); event != null; event = cursor.next()) {
                operations.accept(event);
            }
        }
        return new AllocationLog(source, operations.bytes, operations.ids, operations.count, operations.allocs);
    }

    /** The pool the trace ran on (its order and chunks, in order of addition), first-fit mainline. */
    public static PoolSpec poolOf(TraceHeader header) {
        List<ChunkSpec> chunks = new ArrayList<>();
        header.chunks().forEach(chunk -> chunks.add(new ChunkSpec(chunk.start(), chunk.size())));
        return new PoolSpec(header.minAllocOrder(), chunks, Algorithm.firstFit(), Variant.MAINLINE);
    }

    private void accept(Event event) throws IOException {
        switch (event.kind()) {
            case ALLOC_BEGIN -> {
                if (event.p0() == 0) {
                    // gen_pool_alloc(0) returns 0 before any search: no request, and a log has no size 0
                    pendingByThread.remove(event.thread());
                    return;
                }
                allocs++;
                add(event.p0(), allocs);
                pendingByThread.put(event.thread(), allocs);
            }
            case ALLOC_END -> {
                Integer id = pendingByThread.remove(event.thread());
                if (id != null && event.p1() != 0) {
                    idByAddress.put(event.p1(), id);
                }
            }
            case FREE_BEGIN -> {
                Integer id = idByAddress.remove(event.p0());
                if (id == null) {
                    throw new IOException(String.format("%s: event #%d (%s): free of 0x%x, which no alloc of the trace got",
                            source, event.seq(), EventKind.FREE_BEGIN, event.p0()));
                }
                add(AllocationLog.FREE, id);
            }
            default -> {
                // CAS, search and lock events say how an operation ran, not which operations there were
            }
        }
    }

    private void add(long size, int id) {
        if (count == ids.length) {
            bytes = Arrays.copyOf(bytes, count * 2);
            ids = Arrays.copyOf(ids, count * 2);
        }
        bytes[count] = size;
        ids[count] = id;
        count++;
    }
}
