package dev.poolscope.analysis.capture;

import dev.poolscope.core.Algorithm;
import dev.poolscope.core.Variant;
import dev.poolscope.trace.ChunkGeometry;
import dev.poolscope.trace.StartState;
import dev.poolscope.trace.TraceHeader;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The trace header of one captured pool: its chunks in order of addition (a {@code first} snapshot's,
 * which lists them newest first, then those added during the capture), the snapshot's words as the
 * start state, a logical thread per kernel task and a label per caller, both in order of first
 * appearance, and the algorithm its first allocation ran (the one the failure reasons judge by).
 */
final class CaptureTraceHeader {

    private final Map<Integer, Integer> threads = new LinkedHashMap<>();
    private final Map<String, Integer> labels = new LinkedHashMap<>();
    private final TraceHeader header;

    CaptureTraceHeader(Capture capture, CapturedPool pool) {
        List<CapturedChunk> captured = pool.chunks();
        List<ChunkGeometry> chunks = new ArrayList<>();
        for (CapturedChunk chunk : captured) {
            chunks.add(new ChunkGeometry(chunks.size(), chunk.start(), chunk.phys(), chunk.size()));
        }
        Algorithm algorithm = Algorithm.firstFit();
        boolean allocSeen = false;
        for (CaptureRecord record : pool.records()) {
            if (record instanceof CaptureEvent.Alloc alloc) {
                if (!allocSeen) {
                    algorithm = alloc.algo().replayable().orElse(algorithm);
                    allocSeen = true;
                }
                see(alloc.timing().pid(), alloc.caller());
            } else if (record instanceof CaptureEvent.Free free) {
                see(free.timing().pid(), free.caller());
            }
        }
        header = new TraceHeader(pool.order(), Variant.MAINLINE.id(), algorithm.describe(), chunks,
                Math.max(1, threads.size()), workload(capture, pool), 0,
                StartState.ofBitmaps(captured.stream().map(CapturedChunk::startWords).toList(),
                        captured.stream().mapToLong(CapturedChunk::bits).toArray()),
                List.copyOf(labels.keySet()));
    }

    private void see(int pid, String caller) {
        threads.putIfAbsent(pid, threads.size());
        labels.putIfAbsent(caller, labels.size());
    }

    private static String workload(Capture capture, CapturedPool pool) {
        return "kernel capture " + capture.source().getFileName() + " of " + capture.header().kernelRelease() + ", pool "
                + pool.label(capture.pools()) + (pool.name().equals("-") ? "" : " (" + pool.name() + ")");
    }

    TraceHeader header() {
        return header;
    }

    /** The logical thread of a kernel task of the pool. */
    int thread(int pid) {
        return threads.get(pid);
    }

    /** The label index of a caller of the pool. */
    int label(String caller) {
        return labels.get(caller);
    }
}
