package dev.poolscope.analysis.compare;

import dev.poolscope.analysis.log.AllocationLog;
import dev.poolscope.analysis.log.AllocationLogReader;
import dev.poolscope.analysis.log.LogPoolText;
import dev.poolscope.trace.workload.PoolSpec;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Logs worked out by hand on 32-byte units, written to a file and read by the real reader.
 * Both start by leaving two holes with an allocated unit between them, then ask for sizes that
 * first-fit and best-fit place differently.
 */
final class HandLogs {

    /**
     * On a 10-unit pool: holes of 5 units (0..4) and 4 units (6..9), then 3, 2 and 4 units. First-fit:
     * 3 at 0, 2 at 3, 4 at 6, none fails. Best-fit: 3 in the 4-hole at 6 (leaves 9), 2 in the 5-hole
     * at 0 (leaves 2..4), then 4 units fail with 4 free and no extent longer than 3: fragmentation.
     */
    static final String BEST_FIT_FAILS_MORE = """
            alloc,160,1
            alloc,32,2
            alloc,128,3
            free,,1
            free,,3
            alloc,96,4
            alloc,64,5
            alloc,128,6
            """;

    /** The pool {@link #BEST_FIT_FAILS_MORE} is worked out on: 10 units of 32 bytes. */
    static final PoolSpec TEN_UNITS = LogPoolText.parse("order=5 chunks=320@0x10000000");

    /**
     * On a 6-unit pool: holes of 3 units (0..2) and 2 units (4..5), then 2 and 3 units. First-fit puts
     * 2 at 0, and 3 units fail with 3 free in extents of 1 and 2: fragmentation. Best-fit puts 2 in the
     * 2-hole at 4, and 3 fit at 0.
     */
    static final String BEST_FIT_FAILS_FEWER = """
            alloc,96,1
            alloc,32,2
            alloc,64,3
            free,,1
            free,,3
            alloc,64,4
            alloc,96,5
            """;

    /** The pool {@link #BEST_FIT_FAILS_FEWER} is worked out on: 6 units of 32 bytes. */
    static final PoolSpec SIX_UNITS = LogPoolText.parse("order=5 chunks=192@0x10000000");

    private HandLogs() {
    }

    /** {@code rows} under the header, written to {@code dir} and read by {@link AllocationLogReader}. */
    static AllocationLog read(Path dir, String rows) throws Exception {
        Path file = Files.createTempFile(dir, "hand", ".csv");
        Files.writeString(file, "op,size,id\n" + rows);
        return AllocationLogReader.read(file);
    }
}
