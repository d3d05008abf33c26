package dev.poolscope.core.concurrent;

import java.util.List;

/**
 * The invariants of a pool no thread is inside: every chunk's bitmap has exactly the bits of the
 * live allocations (no leaked bit, no missing bit) and every {@code avail} counter is the chunk's
 * size minus the live allocations' rounded bytes; the pool's avail and size are the chunks' sums.
 */
final class QuietPool {

    private QuietPool() {
    }

    /**
     * @param chunks    the quiet pool's chunks, in the order {@code shadow} was built from
     * @param poolAvail what the pool's {@code avail()} says
     * @param context   where the check runs, for the failure message (phase, seeds, schedule)
     * @throws AssertionError naming the chunk, word or counter that is off
     */
    static void check(List<ChunkSnapshot> chunks, ShadowOwners shadow, long poolAvail, String context) {
        long expectedPoolAvail = 0;
        for (int i = 0; i < chunks.size(); i++) {
            ChunkSnapshot chunk = chunks.get(i);
            checkWords(chunk, shadow.liveWords(i), context);
            long expectedAvail = chunk.size() - (shadow.liveUnits(i) << chunk.order());
            if (chunk.avail() != expectedAvail) {
                throw new AssertionError(String.format(
                        "%s: chunk 0x%x has avail %d, but its size %d minus %d live units of %d bytes is %d",
                        context, chunk.start(), chunk.avail(), chunk.size(), shadow.liveUnits(i),
                        1L << chunk.order(), expectedAvail));
            }
            expectedPoolAvail += expectedAvail;
        }
        if (poolAvail != expectedPoolAvail) {
            throw new AssertionError(String.format(
                    "%s: pool avail is %d, the chunks' live allocations leave %d", context, poolAvail, expectedPoolAvail));
        }
    }

    private static void checkWords(ChunkSnapshot chunk, long[] live, String context) {
        for (int w = 0; w < live.length; w++) {
            long actual = chunk.words()[w];
            if (actual != live[w]) {
                throw new AssertionError(String.format(
                        "%s: chunk 0x%x word %d is %016x but the live allocations make %016x (leaked bits %016x, missing bits %016x)",
                        context, chunk.start(), w, actual, live[w], actual & ~live[w], live[w] & ~actual));
            }
        }
    }
}
