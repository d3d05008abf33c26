package dev.poolscope.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Allocation logs for the report tests, written as a user's file would be. */
final class Logs {

    /** A pool of 128 units of 32 bytes, first-fit: small enough to work the numbers out by hand. */
    static final String SMALL_POOL = "order=5 chunks=4KiB@0x10000000";

    private Logs() {
    }

    /**
     * On {@link #SMALL_POOL}: 128 one-unit allocs fill the pool (id k at unit k - 1), the odd ids are
     * freed (64 free extents of one unit), then a 2-unit alloc fails for fragmentation (op 192), a
     * 128-unit alloc fails for no space (op 193), and a one-unit alloc succeeds: F = 63, R = 63, L = 1.
     */
    static Path checkerboard(Path dir) throws IOException {
        List<String> rows = new ArrayList<>(List.of("# checkerboard", "op,size,id"));
        for (int id = 1; id <= 128; id++) {
            rows.add("alloc,32," + id);
        }
        for (int id = 1; id <= 128; id += 2) {
            rows.add("free,," + id);
        }
        rows.addAll(List.of("alloc,64,129", "alloc,4096,130", "alloc,32,131"));
        return write(dir.resolve("checkerboard.csv"), rows);
    }

    /** {@code operations} random allocs and frees of mixed sizes (seeded), on the default 1 MiB pool. */
    static Path random(Path dir, int operations, long seed) throws IOException {
        Random random = new Random(seed);
        List<String> rows = new ArrayList<>(List.of("op,size,id"));
        List<Integer> live = new ArrayList<>();
        int nextId = 1;
        for (int op = 0; op < operations; op++) {
            if (!live.isEmpty() && random.nextInt(100) < 45) {
                rows.add("free,," + live.remove(random.nextInt(live.size())));
            } else {
                int size = random.nextInt(10) < 8 ? 32 + random.nextInt(480) : 4096 + random.nextInt(28_000);
                rows.add("alloc," + size + "," + nextId);
                live.add(nextId++);
            }
        }
        return write(dir.resolve("random.csv"), rows);
    }

    private static Path write(Path file, List<String> rows) throws IOException {
        return Files.write(file, rows);
    }
}
