package dev.poolscope.analysis.fragmentation;

import dev.poolscope.trace.ChunkGeometry;
import dev.poolscope.trace.Event;
import dev.poolscope.trace.EventKind;
import dev.poolscope.trace.StartState;
import dev.poolscope.trace.TraceHeader;

import java.util.ArrayList;
import java.util.List;

/**
 * A pool's free extents kept up to date from a trace's events: one {@link ChunkExtents} per chunk,
 * fed the bits each successful CAS or WORD_STORE flips (the only ways a bitmap word changes). The
 * pool's counts are its chunks' (F, R, histogram and slots summed, L the largest), since extents
 * never span two chunks; each costs O(chunks).
 */
public final class PoolExtents implements FreeExtents {

    private final ChunkExtents[] chunks;
    private final long[] requests;

    /** Clear chunks of {@code size >>> minAllocOrder} units each, tracking S(n) for each of {@code requestUnits}. */
    public PoolExtents(int minAllocOrder, List<ChunkGeometry> geometry, long[] requestUnits) {
        this(minAllocOrder, geometry, StartState.EMPTY, requestUnits);
    }

    /** The chunks of a trace with {@code header} before its first event: clear but for its start state. */
    public PoolExtents(TraceHeader header, long[] requestUnits) {
        this(header.minAllocOrder(), header.chunks(), header.start(), requestUnits);
    }

    private PoolExtents(int minAllocOrder, List<ChunkGeometry> geometry, StartState start, long[] requestUnits) {
        chunks = new ChunkExtents[geometry.size()];
        for (ChunkGeometry chunk : geometry) {
            long units = chunk.size() >>> minAllocOrder;
            ChunkExtents extents = new ChunkExtents(units, requestUnits);
            long[] set = start.words(chunk.id(), (int) ((units + 63) >>> 6));
            for (int word = 0; word < set.length; word++) {
                if (set[word] != 0) {
                    extents.flip(word, set[word]);
                }
            }
            chunks[chunk.id()] = extents;
        }
        requests = requestUnits.clone();
    }

    /** Takes the next event: only a word change changes extents. */
    public void accept(Event event) {
        if (event.casSucceeded() || event.kind() == EventKind.WORD_STORE) {
            chunks[event.chunk()].flip((int) event.p0(), event.p1() ^ event.p2());
        }
    }

    /** Chunk {@code id}'s extents. */
    public ChunkExtents chunk(int id) {
        return chunks[id];
    }

    public int chunkCount() {
        return chunks.length;
    }

    /** The pool's extents now, as {@link ExtentStats#combine} of each chunk's snapshot. */
    public ExtentStats stats() {
        List<ExtentStats> each = new ArrayList<>(chunks.length);
        for (ChunkExtents chunk : chunks) {
            each.add(chunk.stats());
        }
        return ExtentStats.combine(each);
    }

    @Override
    public long[] requestUnits() {
        return requests.clone();
    }

    @Override
    public long requestUnit(int request) {
        return requests[request];
    }

    @Override
    public long free() {
        long sum = 0;
        for (ChunkExtents chunk : chunks) {
            sum += chunk.free();
        }
        return sum;
    }

    @Override
    public long extents() {
        long sum = 0;
        for (ChunkExtents chunk : chunks) {
            sum += chunk.extents();
        }
        return sum;
    }

    @Override
    public long largest() {
        long max = 0;
        for (ChunkExtents chunk : chunks) {
            max = Math.max(max, chunk.largest());
        }
        return max;
    }

    @Override
    public long[] histogram() {
        long[] sum = new long[ExtentStats.CLASSES];
        for (ChunkExtents chunk : chunks) {
            long[] classes = chunk.histogram();
            for (int c = 0; c < sum.length; c++) {
                sum[c] += classes[c];
            }
        }
        return sum;
    }

    @Override
    public long slots(int request) {
        long sum = 0;
        for (ChunkExtents chunk : chunks) {
            sum += chunk.slots(request);
        }
        return sum;
    }

    @Override
    public long alignedSlots(int request) {
        long sum = 0;
        for (ChunkExtents chunk : chunks) {
            sum += chunk.alignedSlots(request);
        }
        return sum;
    }
}
