package dev.poolscope.trace.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.poolscope.trace.ChunkGeometry;
import dev.poolscope.trace.TraceHeader;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Well-sealed headers (right checksum) that describe a pool that cannot exist: every reader refuses
 * them on opening, naming the file, the offset of the field at fault and the problem.
 */
class PoolHeaderTest {

    /** Preamble (16) and order (1): where the variant's length field is, the offset a variant problem names. */
    private static final int VARIANT_AT = 17;

    @TempDir
    Path dir;

    private static TraceHeader header(String variant, String algorithm, ChunkGeometry... chunks) {
        return new TraceHeader(5, variant, algorithm, List.of(chunks), 2, "crafted", 1);
    }

    private static ChunkGeometry chunk(int id, long start, long size) {
        return new ChunkGeometry(id, start, 0, size);
    }

    /** Where the algorithm's length field is, after a variant of {@code variant}. */
    private static int algorithmAt(String variant) {
        return VARIANT_AT + 4 + variant.getBytes(StandardCharsets.UTF_8).length;
    }

    /** Where chunk entry {@code index} starts, after {@code variant} and {@code algorithm}. */
    private static int chunkAt(String variant, String algorithm, int index) {
        return algorithmAt(variant) + 4 + algorithm.length() + 4 + index * 28;
    }

    @Test
    void anUnknownVariantIsRefused() throws IOException {
        refused(header("bogus", "first_fit", chunk(0, 0x1000, 4096)), VARIANT_AT,
                "unknown variant 'bogus' (expected one of: mainline, v4-patch, pre-patch)");
    }

    @Test
    void anUnknownOrMalformedAlgorithmIsRefused() throws IOException {
        int at = algorithmAt("mainline");
        refused(header("mainline", "zzz", chunk(0, 0x1000, 4096)), at, "algorithm 'zzz': not an algorithm this reader knows");
        refused(header("mainline", "first_fit_align", chunk(0, 0x1000, 4096)), at,
                "algorithm 'first_fit_align': expected align=N");
        refused(header("mainline", "first_fit_align align=48", chunk(0, 0x1000, 4096)), at,
                "algorithm 'first_fit_align align=48': first_fit_align needs a power-of-two alignment, got 48");
        refused(header("mainline", "fixed offset=99999999999999999999", chunk(0, 0x1000, 4096)), at,
                "algorithm 'fixed offset=99999999999999999999': expected offset=N, N a whole number up to");
        refused(header("mainline", "best_fit extra", chunk(0, 0x1000, 4096)), at, "algorithm 'best_fit extra': expected 'best_fit'");
    }

    @Test
    void anAlgorithmTheVariantLacksIsRefused() throws IOException {
        refused(header("v4-patch", "best_fit", chunk(0, 0x1000, 4096)), algorithmAt("v4-patch"),
                "algorithm 'best_fit': the v4-patch variant has first_fit only");
    }

    @Test
    void overlappingChunksAreRefused() throws IOException {
        refused(header("mainline", "first_fit", chunk(0, 0x10000, 4096), chunk(1, 0x10800, 4096)),
                chunkAt("mainline", "first_fit", 1) + 4, "chunk 1 at 0x10800 overlaps chunk 0 (0x10000, 4096 bytes)");
        refused(header("mainline", "first_fit", chunk(0, 0x20000, 4096), chunk(1, 0x1f000, 4097)),
                chunkAt("mainline", "first_fit", 0) + 4, "chunk 0 at 0x20000 overlaps chunk 1 (0x1f000, 4097 bytes)");
    }

    @Test
    void chunksOutOfIdOrderEmptyOrPastTheTopAreRefused() throws IOException {
        refused(header("mainline", "first_fit", chunk(1, 0x1000, 4096)), chunkAt("mainline", "first_fit", 0),
                "chunk 0 has id 1; chunks are listed by id from 0");
        refused(header("mainline", "first_fit", chunk(0, 0x1000, 0)), chunkAt("mainline", "first_fit", 0) + 20,
                "chunk 0 has size 0; a chunk's size is 1..");
        // at order 62 the size's few units are within PoolLimits, so the size itself is what is refused
        refused(new TraceHeader(62, "mainline", "first_fit", List.of(chunk(0, 0x1000, -4096)), 2, "crafted", 1),
                chunkAt("mainline", "first_fit", 0) + 20, "chunk 0 has size 18446744073709547520");
        refused(header("mainline", "first_fit", chunk(0, -4096, 4097)), chunkAt("mainline", "first_fit", 0) + 20,
                "chunk 0 at 0xfffffffffffff000 of 4097 bytes runs past the top of the address space");
    }

    @Test
    void aPoolThatCanExistOpens() throws IOException {
        TraceHeader header = header("v4-patch", "first_fit", chunk(0, 0x10000, 4096), chunk(1, 0x11000, 4096),
                chunk(2, -4096, 4096));
        Path file = Files.write(dir.resolve("fine.pstrace"), TraceBytes.headerBytes(header));
        try (TraceFile trace = TraceFile.open(file)) {
            assertEquals(header, trace.header());
        }
    }

    private void refused(TraceHeader header, long offset, String problem) throws IOException {
        Path file = Files.write(dir.resolve("crafted.pstrace"), TraceBytes.headerBytes(header));
        TraceFormatException e = assertThrows(TraceFormatException.class, () -> TraceFile.open(file).close());
        assertTrue(e.getMessage().startsWith(file + ": at byte " + offset + ": " + problem),
                () -> "expected at " + offset + ": " + problem + "..., got: " + e.getMessage());
        assertEquals(offset, e.offset());
    }
}
