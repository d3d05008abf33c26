package dev.poolscope.analysis.compare;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.poolscope.analysis.fragmentation.BitmapScan;
import dev.poolscope.analysis.log.AllocationLog;
import dev.poolscope.analysis.log.AllocationLogReader;
import dev.poolscope.analysis.log.LogPoolText;
import dev.poolscope.analysis.log.LogReplay;
import dev.poolscope.analysis.log.ReplayResult;
import dev.poolscope.core.GenPool;
import dev.poolscope.trace.workload.PoolSpec;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The proof that log replays and the comparison are the kernel's: each pool of the standard workload
 * kind's oracle vectors becomes an allocation log (a CSV file read by the real reader), replayed under
 * the pool's chunks and algorithm; every alloc must land at the kernel's address, so the final bitmap
 * must equal the one the kernel's addresses give, and the comparison's row for that algorithm must
 * equal the plain replay. Files 22 and 23 change algorithm (23 its alignment) between allocs, which a
 * log cannot say: there each pool's log is its operations up to the first change.
 */
class KernelLogProofTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @CsvSource({"20_random_first_fit_o5_1chunk.vec.gz, 4", "22_random_best_fit.vec.gz, 5",
            "23_random_first_fit_align.vec.gz, 6", "24_random_order_align.vec.gz, 5",
            "27_random_long_first_fit_o5_4mib.vec.gz, 1"})
    void everyAllocLandsWhereTheKernelPutIt(String file, int pools) throws Exception {
        List<OraclePool> read = pools(Path.of(System.getProperty("poolscope.oracle.dir")).resolve(file));
        assertEquals(pools, read.size());
        for (OraclePool pool : read) {
            assertNull(pool.skipped, "the standard kind has no owners");
            assertTrue(pool.expected.size() > 5, "a log worth checking: " + pool.expected.size() + " allocs");
            check(pool, file + " pool " + read.indexOf(pool));
        }
    }

    private void check(OraclePool pool, String what) throws Exception {
        Path csv = Files.createTempFile(dir, "oracle", ".csv");
        Files.writeString(csv, pool.rows);
        AllocationLog log = AllocationLogReader.read(csv);
        Contender contender = Contender.parse(pool.contender(), pool.order);
        PoolSpec spec = contender.on(LogPoolText.parse(pool.poolText()));
        ReplayResult replay = LogReplay.replay(log, spec);
        for (int id = 1; id <= log.allocs(); id++) {
            assertEquals(pool.expected.get(id - 1), replay.address(id), what + ": alloc " + id);
        }
        long[] kernelBitmap = kernelBitmap(pool);
        assertArrayEquals(kernelBitmap, BitmapScan.bitmap(replay.pool()), what + ": the final bitmap");
        ContenderResult compared = Comparison.run(log, LogPoolText.parse(pool.poolText()), List.of(contender), 1,
                new long[] {1, 8}).results().get(0);
        assertArrayEquals(kernelBitmap, compared.finalBitmap(), what + ": the comparison's final bitmap");
        ComparisonRow row = compared.last();
        assertEquals(List.of(replay.allocs(), replay.failed(), replay.freesSkipped(), replay.pool().avail(),
                BitmapScan.extents(replay.pool()).toString()), List.of(row.allocs(), row.failed(), row.freesSkipped(),
                row.availBytes(), row.extents().toString()), what + ": the comparison's row");
    }

    /** The bits the kernel's addresses of the live allocs set, chunk by chunk in order of addition. */
    private static long[] kernelBitmap(OraclePool pool) {
        List<long[]> chunks = new ArrayList<>();
        for (long[] chunk : pool.chunks) {
            chunks.add(new long[(int) (((chunk[1] >> pool.order) + 63) / 64)]);
        }
        for (Map.Entry<Long, Integer> live : pool.liveByAddress.entrySet()) {
            int chunk = chunkOf(pool, live.getKey());
            long first = (live.getKey() - pool.chunks.get(chunk)[0]) >> pool.order;
            long bits = GenPool.bitsFor(pool.sizes.get(live.getValue() - 1), pool.order);
            for (long bit = first; bit < first + bits; bit++) {
                chunks.get(chunk)[(int) (bit / 64)] |= 1L << (bit % 64);
            }
        }
        return chunks.stream().flatMapToLong(Arrays::stream).toArray();
    }

    private static int chunkOf(OraclePool pool, long address) {
        for (int i = 0; i < pool.chunks.size(); i++) {
            long start = pool.chunks.get(i)[0];
            if (Long.compareUnsigned(address, start) >= 0 && Long.compareUnsigned(address - start, pool.chunks.get(i)[1]) < 0) {
                return i;
            }
        }
        throw new AssertionError("the kernel's address 0x" + Long.toHexString(address) + " is in no chunk");
    }

    private static List<OraclePool> pools(Path file) throws Exception {
        List<OraclePool> pools = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.US_ASCII))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.startsWith("pool ")) {
                    pools.add(new OraclePool(Integer.parseInt(line.substring("pool min_alloc_order=".length()))));
                } else if (!line.isEmpty() && !line.startsWith("#")) {
                    pools.get(pools.size() - 1).line(line);
                }
            }
        }
        return pools;
    }
}
