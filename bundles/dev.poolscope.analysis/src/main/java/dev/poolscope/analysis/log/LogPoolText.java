package dev.poolscope.analysis.log;

import dev.poolscope.trace.workload.PoolSpec;
import dev.poolscope.trace.workload.Workload;
import dev.poolscope.trace.workload.WorkloadFormatException;

import java.util.List;

/**
 * The pool a log replays through, as {@code --pool} gives it: the pool keys of the workload syntax
 * ({@link Workload#parse}), read by the workload's own parser, with one 1 MiB chunk at 0x10000000
 * when no {@code chunks} are given (a workload's standard pool has 4 MiB).
 */
public final class LogPoolText {

    /** The chunks of a log's pool when none are given. */
    public static final String DEFAULT_CHUNKS = "1MiB@0x10000000";

    private static final List<String> POOL_KEYS = List.of("order", "chunks", "algo", "variant");

    /** The pool when none is given: order 5, one 1 MiB chunk at 0x10000000, first-fit, mainline. */
    public static final PoolSpec DEFAULT_POOL = parse("");

    private LogPoolText() {
    }

    /**
     * Reads {@code text}, e.g. {@code "order=6 chunks=2*1MiB@0x10000000 algo=best_fit"}; a key left
     * out keeps the default pool's value.
     *
     * @throws WorkloadFormatException naming the token that is wrong and why, a key other than
     *                                 order, chunks, algo and variant included
     */
    public static PoolSpec parse(String text) {
        boolean chunksGiven = false;
        for (String token : text.trim().split("\\s+")) {
            String key = token.substring(0, Math.max(0, token.indexOf('=')));
            if (!token.isEmpty() && !POOL_KEYS.contains(key)) {
                throw new WorkloadFormatException(token, "a pool takes only the keys " + String.join(", ", POOL_KEYS));
            }
            chunksGiven |= key.equals("chunks");
        }
        return Workload.parse((chunksGiven ? "" : "chunks=" + DEFAULT_CHUNKS + " ") + text).pool();
    }
}
