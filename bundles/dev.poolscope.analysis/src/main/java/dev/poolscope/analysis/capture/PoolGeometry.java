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
        for (CaptureRecord record : pool.records()) {
            if (record instanceof PoolSnapshot s && s.why() == PoolSnapshot.Why.FIRST && record == pool.start().orElse(null)) {
                for (int i = s.chunks().size() - 1; i >= 0; i--) {
                    chunks.add(s.chunks().get(i).size() + "@0x" + Long.toHexString(s.chunks().get(i).start()));
                }
            } else if (record instanceof CaptureEvent.Add add && add.ret() == 0) {
                chunks.add(add.size() + "@0x" + Long.toHexString(add.virt()));
            }
        }
        return "order=" + pool.order() + " chunks=" + (chunks.isEmpty() ? "none" : String.join(",", chunks));
    }
}
