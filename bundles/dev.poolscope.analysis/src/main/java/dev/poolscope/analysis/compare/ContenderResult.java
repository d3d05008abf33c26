package dev.poolscope.analysis.compare;

import dev.poolscope.analysis.failure.FailedAlloc;

import java.util.List;

/**
 * One contender's whole replay: a row per checkpoint (the last after every operation), every failed
 * alloc with its reason, and the pool's bitmap at the end.
 *
 * @param contender   what ran
 * @param rows        one per checkpoint, in order
 * @param failures    the failed allocs in operation order; {@link FailedAlloc#at()} is the operation's index
 * @param finalBitmap every chunk's words at the end, chunks in order of addition, word 0 first
 */
public record ContenderResult(Contender contender, List<ComparisonRow> rows, List<FailedAlloc> failures,
        long[] finalBitmap) {

    public ContenderResult {
        rows = List.copyOf(rows);
        failures = List.copyOf(failures);
        finalBitmap = finalBitmap.clone();
    }

    /** The row after every operation. */
    public ComparisonRow last() {
        return rows.get(rows.size() - 1);
    }

    @Override
    public long[] finalBitmap() {
        return finalBitmap.clone();
    }
}
