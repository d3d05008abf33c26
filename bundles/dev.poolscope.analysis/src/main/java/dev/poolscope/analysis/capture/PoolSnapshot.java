package dev.poolscope.analysis.capture;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A pool's state as the module read it (CAPTURE-FORMAT.md, "Snapshots"): its order, algorithm,
 * name ({@code -} when it has none) and chunks in list order, the chunk added last first.
 */
public record PoolSnapshot(long seq, long line, long pool, Why why, int order, CapturedAlgo algo, String name,
        List<SnapshotChunk> chunks) implements CaptureRecord {

    /** Why the module took the snapshot. */
    public enum Why {
        /** The first record of a pool made before the module loaded: the state the next call started from. */
        FIRST,
        /** Of every pool alive when {@code snapshot} was written to the control file. */
        FINAL,
        /** In the entry of gen_pool_destroy. */
        DESTROY;

        /** The word the capture writes. */
        public String word() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public PoolSnapshot {
        chunks = List.copyOf(chunks);
    }

    /** Its chunks in order of addition: the kernel lists them newest first, the order every search visits them. */
    public List<SnapshotChunk> chunksByAddition() {
        List<SnapshotChunk> byAddition = new ArrayList<>(chunks);
        Collections.reverse(byAddition);
        return byAddition;
    }
}
