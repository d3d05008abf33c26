package dev.poolscope.analysis;

import dev.poolscope.trace.ChunkGeometry;
import dev.poolscope.trace.Event;
import dev.poolscope.trace.EventKind;
import dev.poolscope.trace.TraceHeader;

import java.util.List;

/**
 * The pool's avail and each chunk's, sampled after the last event of every bucket. Like the replay
 * model it starts every chunk at its size less its start state's bytes, and follows the
 * {@code AVAIL_CHANGE} deltas rather than the values they report, which in a real-thread trace can
 * be overtaken by a later-numbered change; sums of deltas are exact whatever the numbering order.
 */
final class AvailAccumulator implements BucketAccumulator {

    private final long[] avail;
    private final SeriesBuilder pool = new SeriesBuilder("pool avail");
    private final SeriesBuilder[] chunks;

    AvailAccumulator(TraceHeader header) {
        List<ChunkGeometry> geometry = header.chunks();
        avail = new long[geometry.size()];
        chunks = new SeriesBuilder[geometry.size()];
        for (ChunkGeometry chunk : geometry) {
            avail[chunk.id()] = chunk.size() - header.startBytes(chunk.id());
            chunks[chunk.id()] = new SeriesBuilder("chunk " + chunk.id() + " avail");
        }
    }

    @Override
    public void accept(Event event) {
        if (event.kind() == EventKind.AVAIL_CHANGE) {
            avail[event.chunk()] += event.p0();
        }
    }

    @Override
    public void closeBucket(long lastSeq, long events) {
        long total = 0;
        for (int chunk = 0; chunk < avail.length; chunk++) {
            chunks[chunk].add(lastSeq, avail[chunk]);
            total += avail[chunk];
        }
        pool.add(lastSeq, total);
    }

    Series pool() {
        return pool.build();
    }

    Series[] chunks() {
        Series[] built = new Series[chunks.length];
        for (int chunk = 0; chunk < chunks.length; chunk++) {
            built[chunk] = chunks[chunk].build();
        }
        return built;
    }
}
