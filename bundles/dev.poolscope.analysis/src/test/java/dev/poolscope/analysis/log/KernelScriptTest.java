package dev.poolscope.analysis.log;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.poolscope.core.Algorithm;
import dev.poolscope.core.AlgorithmText;
import dev.poolscope.core.Variant;
import dev.poolscope.trace.workload.ChunkSpec;
import dev.poolscope.trace.workload.PoolSpec;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The exact text of poolscope_logreplay scripts written from small logs, one per algorithm. */
class KernelScriptTest {

    /** Id 3 fails (5000 bytes fit in no chunk), and its free stays in the script: the module skips it, as the replay does. */
    private static final String LOG = """
            alloc,100,1
            alloc,32,2
            free,,1
            alloc,5000,3
            alloc,64,4
            free,,3
            free,,2
            """;

    private static final String BODY = """
            chunk 0x10000000 4096 0x10000000
            chunk 0x20000040 1000 0x20000040
            alloc 100
            alloc 32
            free 1
            alloc 5000
            alloc 64
            free 3
            free 2
            """;

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "first_fit; pool 5 first_fit",
        "first_fit_align align=256; pool 5 first_fit_align 256",
        "fixed offset=128; pool 5 fixed 128",
        "first_fit_order_align; pool 5 first_fit_order_align",
        "best_fit; pool 5 best_fit",
    })
    void eachAlgorithmIsItsPoolLineAndTheOpsFollowTheChunksInOrderOfAddition(String algorithm, String poolLine)
            throws Exception {
        StringBuilder out = new StringBuilder();

        KernelScript.write(log(LOG), pool(5, AlgorithmText.parse(algorithm)), out);

        assertEquals(poolLine + "\n" + BODY, out.toString());
    }

    @Test
    void poolsWrittenOneAfterTheOtherMakeOneScriptWhoseIdsRestartPerPool() throws Exception {
        StringBuilder out = new StringBuilder();

        KernelScript.write(log("alloc,8,1\nfree,,1\n"), pool(3, Algorithm.firstFitAlign(8)), out);
        KernelScript.write(log("alloc,1,1\nalloc,2,2\nfree,,2\nfree,,1\n"),
                new PoolSpec(0, List.of(new ChunkSpec(0xffffffffffffff00L, 256)), Algorithm.bestFit(), Variant.MAINLINE), out);

        assertEquals("""
                pool 3 first_fit_align 8
                chunk 0x10000000 4096 0x10000000
                chunk 0x20000040 1000 0x20000040
                alloc 8
                free 1
                pool 0 best_fit
                chunk 0xffffffffffffff00 256 0xffffffffffffff00
                alloc 1
                alloc 2
                free 2
                free 1
                """, out.toString());
    }

    @Test
    void anEmptyLogIsThePoolAndItsChunksOnly() throws Exception {
        StringBuilder out = new StringBuilder();

        KernelScript.write(log(""), pool(12, Algorithm.fixedOffset(8192)), out);

        assertEquals("pool 12 fixed 8192\nchunk 0x10000000 4096 0x10000000\nchunk 0x20000040 1000 0x20000040\n", out.toString());
    }

    @Test
    void whatTheKernelCannotRunAsThePortDoesIsRefusedBeforeAnythingIsWritten() throws Exception {
        AllocationLog log = log(LOG);
        StringBuilder out = new StringBuilder();

        IllegalArgumentException v4 = assertThrows(IllegalArgumentException.class,
                () -> KernelScript.write(log, pool(5, Algorithm.firstFit()).withVariant(Variant.V4_PATCH), out));
        IllegalArgumentException offset = assertThrows(IllegalArgumentException.class,
                () -> KernelScript.write(log, pool(5, Algorithm.fixedOffset(48)), out));
        IllegalArgumentException align = assertThrows(IllegalArgumentException.class,
                () -> KernelScript.write(log, pool(5, Algorithm.firstFitAlign(1L << 31)), out));

        assertEquals("the kernel runs mainline lib/genalloc.c, not the v4-patch variant", v4.getMessage());
        assertTrue(offset.getMessage().startsWith("fixed offset=48 is not a multiple of the pool's unit of 32 bytes"),
                offset.getMessage());
        assertTrue(align.getMessage().startsWith("first_fit_align align=2147483648 does not fit"), align.getMessage());
        assertEquals("", out.toString());
    }

    @Test
    void theLargestAlignAnIntHoldsAndAnOffsetOfWholeUnitsAreWritten() throws Exception {
        StringBuilder align = new StringBuilder();
        StringBuilder offset = new StringBuilder();

        KernelScript.write(log(""), pool(5, Algorithm.firstFitAlign(1L << 30)), align);
        KernelScript.write(log(""), pool(5, Algorithm.fixedOffset(96)), offset);

        assertTrue(align.toString().startsWith("pool 5 first_fit_align 1073741824\n"), align.toString());
        assertTrue(offset.toString().startsWith("pool 5 fixed 96\n"), offset.toString());
    }

    /** Two chunks, the second at an address that is not a multiple of its size and of a size that is not whole units. */
    private static PoolSpec pool(int order, Algorithm algorithm) {
        return new PoolSpec(order, List.of(new ChunkSpec(0x1000_0000, 4096), new ChunkSpec(0x2000_0040, 1000)), algorithm,
                Variant.MAINLINE);
    }

    private AllocationLog log(String rows) throws Exception {
        Path file = Files.createTempFile(dir, "log", ".csv");
        Files.writeString(file, "op,size,id\n" + rows);
        return AllocationLogReader.read(file);
    }
}
