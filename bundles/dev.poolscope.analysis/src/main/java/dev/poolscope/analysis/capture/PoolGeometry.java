package dev.poolscope.analysis.capture;

import java.util.ArrayList;
import java.util.List;

/**
 * A captured pool's unit order and chunks, in order of addition, in the workload syntax
 * ({@code order=N chunks=SIZE@ADDRESS,...}) that {@code --pool} of compare and size takes: the
 * chunks of the {@code first} snapshot (the last listed was added first), then every chunk added
 * successfully during the capture.
 */
final class PoolGeometry {

    private PoolGeometry() {
    }

    static String spec(CapturedPool pool) {
        List<String> chunks = new ArrayList<>();
        for (CapturedChunk chunk : pool.chunks()) {
            chunks.add(chunk.size() + "@0x" + Long.toHexString(chunk.start()));
        }
        return "order=" + pool.order() + " chunks=" + (chunks.isEmpty() ? "none" : String.join(",", chunks));
    }
}
