package dev.poolscope.analysis.log;

import dev.poolscope.core.GenPool;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A seeded random sequence of allocs and frees, both as log rows and run on a pool by hand, with
 * the replay rule written out independently of {@link LogReplay}: a free of a failed alloc is not
 * passed to the pool.
 */
final class RandomLog {

    /** Sizes (bytes) of alloc {@code i}, or -1 - id for a free of id. */
    private final List<Long> ops = new ArrayList<>();
    private int allocs;

    RandomLog(int operations, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Integer> live = new ArrayList<>();
        for (int i = 0; i < operations; i++) {
            if (live.isEmpty() || random.nextInt(100) < 55) {
                allocs++;
                live.add(allocs);
                ops.add(1L + random.nextInt(random.nextBoolean() ? 64 : 2_000));
            } else {
                int id = live.remove(random.nextInt(live.size()));
                ops.add(-1L - id);
            }
        }
    }

    int allocs() {
        return allocs;
    }

    /** All rows, without the header. */
    String text() {
        return text(ops.size());
    }

    /** The first {@code count} rows. */
    String text(int count) {
        StringBuilder out = new StringBuilder();
        int id = 0;
        for (int i = 0; i < count; i++) {
            long op = ops.get(i);
            out.append(op > 0 ? "alloc," + op + "," + ++id : "free,," + (-1 - op)).append('\n');
        }
        return out.toString();
    }

    /** Runs every operation on {@code pool}; the address each id got, index id - 1. */
    long[] runDirectly(GenPool pool) {
        long[] addresses = new long[allocs];
        long[] sizes = new long[allocs];
        int id = 0;
        for (long op : ops) {
            if (op > 0) {
                sizes[id] = op;
                addresses[id] = pool.alloc(op);
                id++;
            } else if (addresses[(int) (-1 - op) - 1] != 0) {
                int slot = (int) (-1 - op) - 1;
                pool.free(addresses[slot], sizes[slot]);
            }
        }
        return addresses;
    }
}
