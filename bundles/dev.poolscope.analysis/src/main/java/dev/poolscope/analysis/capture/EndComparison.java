package dev.poolscope.analysis.capture;

import dev.poolscope.core.Chunk;
import dev.poolscope.core.GenPool;

import java.util.List;

/**
 * The replay's pool against the pool's last {@code final} or {@code destroy} snapshot: the chunk
 * list (addresses, in list order), then every chunk's bitmap words and avail.
 *
 * @param state      what the comparison found
 * @param difference the first difference, in words; empty unless {@link State#DIFFERENT}
 */
public record EndComparison(State state, String difference) {

    /** The outcome. */
    public enum State {
        /** Every chunk's words and avail equal the snapshot's. */
        EQUAL,
        /** Something differs: {@link #difference()} says what first. */
        DIFFERENT,
        /** The capture has no final or destroy snapshot of the pool. */
        NO_SNAPSHOT,
        /** Not compared: the replay stopped before the snapshot (records lost, or no start to replay from). */
        NOT_REACHED
    }

    static EndComparison of(GenPool pool, PoolSnapshot snapshot) {
        List<Chunk> chunks = pool.chunks();
        List<SnapshotChunk> expected = snapshot.chunks();
        if (chunks.size() != expected.size()) {
            return different("the snapshot at seq %d has %d chunks, the replay %d", snapshot.seq(), expected.size(),
                    chunks.size());
        }
        for (int i = 0; i < chunks.size(); i++) {
            Chunk chunk = chunks.get(i);
            SnapshotChunk kernel = expected.get(i);
            if (chunk.start() != kernel.start() || chunk.end() != kernel.end()) {
                return different("chunk %d in list order is %s in the snapshot, [0x%x-0x%x] in the replay", i, kernel,
                        chunk.start(), chunk.end());
            }
            long[] words = kernel.words();
            for (int w = 0; w < words.length; w++) {
                long replayed = chunk.bitmap().word(w);
                if (replayed != words[w]) {
                    return different("%s word %d: kernel %016x, replay %016x", kernel, w, words[w], replayed);
                }
            }
            if (chunk.avail() != kernel.avail()) {
                return different("%s avail: kernel %d, replay %d", kernel, kernel.avail(), chunk.avail());
            }
        }
        return new EndComparison(State.EQUAL, "");
    }

    private static EndComparison different(String format, Object... args) {
        return new EndComparison(State.DIFFERENT, String.format(format, args));
    }
}
