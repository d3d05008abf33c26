package dev.poolscope.trace.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.poolscope.core.PoolLimitException;
import dev.poolscope.core.PoolLimits;
import dev.poolscope.trace.ChunkGeometry;
import dev.poolscope.trace.TraceHeader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A well-sealed header whose pool is over {@link dev.poolscope.core.PoolLimits#TRACED} is refused
 * with the file and the offset of the chunk that breaks the limit, before anything is sized by it;
 * and no header over them can be made to be written.
 */
class HeaderLimitsTest {

    /** Where the first chunk starts: preamble, order, "mainline", "first_fit", chunk count. */
    private static final int FIRST_CHUNK = 16 + 1 + 12 + 13 + 4;

    @TempDir
    Path dir;

    /** A sealed header of order {@code order} with chunks given as start, size pairs. */
    private static byte[] header(int order, long... startsAndSizes) {
        TraceBytes.Fields body = new TraceBytes.Fields().u8(order).string("mainline").string("first_fit")
                .u32(startsAndSizes.length / 2);
        for (int i = 0; i < startsAndSizes.length; i += 2) {
            body.u32(i / 2).u64(startsAndSizes[i]).u64(startsAndSizes[i]).u64(startsAndSizes[i + 1]);
        }
        body.u32(1).string("crafted").u64(0);
        return TraceBytes.header(1, body.bytes());
    }

    private void refused(byte[] bytes, long offset, String... parts) throws IOException {
        Path file = Files.write(dir.resolve("crafted.pstrace"), bytes);
        TraceFormatException e = assertThrows(TraceFormatException.class, () -> TraceFile.open(file).close());
        assertEquals(offset, e.offset());
        assertTrue(e.getMessage().startsWith(file + ": at byte " + offset + ": chunk "), e.getMessage());
        for (String part : parts) {
            assertTrue(e.getMessage().contains(part), () -> "'" + part + "' not in: " + e.getMessage());
        }
    }

    @Test
    void aHugeChunkIsRefusedAtItsOffset() throws IOException {
        refused(header(0, 0x1_0000_0000L, 16L << 30), FIRST_CHUNK, "chunk 0 (17179869184 bytes at order 0)",
                "17179869184 units", "PoolLimits.MAX_TRACED_BITS");
    }

    @Test
    void aChunkOfTwoToTheSixtyThreeBytesIsNotZeroWords() throws IOException {
        refused(header(0, 0x1000, Long.MIN_VALUE), FIRST_CHUNK, "has 9223372036854775808 units");
    }

    @Test
    void theTotalOverAllChunksIsRefusedAtTheChunkThatPassesIt() throws IOException {
        long half = PoolLimits.MAX_TRACED_BITS / 2; // each chunk within the limit, the third brings the pool over it
        refused(header(0, 0x1_0000_0000L, half, 0x2_0000_0000L, half, 0x3_0000_0000L, half), FIRST_CHUNK + 2 * 28,
                "chunk 2 (" + half + " bytes at order 0)", "bringing the pool to " + 3 * half);
    }

    @Test
    void aChunkAtAddressZeroIsRefused() throws IOException {
        refused(header(5, 0x100000, 4096, 0, 4096), FIRST_CHUNK + 28, "chunk 1 starts at address 0x0");
    }

    @Test
    void theSameLimitsHoldForEveryHeaderMade() {
        List<ChunkGeometry> huge = List.of(new ChunkGeometry(0, 0x1_0000_0000L, 0, 16L << 30));
        PoolLimitException e = assertThrows(PoolLimitException.class,
                () -> new TraceHeader(0, "mainline", "first_fit", huge, 1, "", 0));
        assertTrue(e.getMessage().startsWith("chunk 0 (17179869184 bytes at order 0) has 17179869184 units"),
                e.getMessage());
        List<ChunkGeometry> atZero = List.of(new ChunkGeometry(0, 0, 0, 4096));
        assertThrows(PoolLimitException.class, () -> new TraceHeader(5, "mainline", "first_fit", atZero, 1, "", 0));
    }
}
