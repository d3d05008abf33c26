package dev.poolscope.analysis;

import dev.poolscope.analysis.failure.FailureReason;
import dev.poolscope.analysis.fragmentation.ExtentStats;
import dev.poolscope.analysis.fragmentation.MetricRows;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * The fragmentation metrics at one moment of a trace or a log replay, for a table or a CSV row:
 * each chunk's extents and the pool's, the live requests' internal bytes, and the failures so far by
 * reason. Immutable.
 *
 * @param after         the position: a trace's event number, or the operations a log replay has done
 * @param chunks        each chunk's extents, by chunk id
 * @param internalBytes internal fragmentation of the live requests, in bytes
 * @param failures      failed allocations up to here, by reason (every reason has an entry)
 */
public record FragmentationSnapshot(long after, List<ExtentStats> chunks, long internalBytes,
        Map<FailureReason, Long> failures) {

    public FragmentationSnapshot {
        chunks = List.copyOf(chunks);
        failures = new EnumMap<>(failures);
    }

    /** The pool's extents: its chunks' side by side. */
    public ExtentStats pool() {
        return ExtentStats.combine(chunks);
    }

    /** The pool's {@link MetricRows} for {@code requestUnits}, its internal bytes included. */
    public List<MetricRows.Row> poolRows(long[] requestUnits) {
        return MetricRows.of(pool(), requestUnits, OptionalLong.of(internalBytes));
    }

    /** Chunk {@code chunk}'s {@link MetricRows}: internal bytes are counted for the pool, so not known for a chunk. */
    public List<MetricRows.Row> chunkRows(int chunk, long[] requestUnits) {
        return MetricRows.of(chunks.get(chunk), requestUnits, OptionalLong.empty());
    }

    /** Failed allocations up to here, whatever the reason. */
    public long failed() {
        return failures.values().stream().mapToLong(Long::longValue).sum();
    }

    @Override
    public Map<FailureReason, Long> failures() {
        return new EnumMap<>(failures);
    }
}
