package dev.poolscope.trace.file;

import dev.poolscope.core.AlgorithmText;
import dev.poolscope.core.GenPool;
import dev.poolscope.core.Variant;
import dev.poolscope.trace.ChunkGeometry;

import java.util.Comparator;
import java.util.List;

/**
 * What a header must say to describe a pool that can exist: a known variant, an algorithm the
 * variant has (as {@link AlgorithmText} reads it), and chunks listed by id, each of a positive size
 * inside the address space, none overlapping another. A header that fails is refused
 * with the offset of the field at fault, so no reader ever replays a pool that could not be.
 */
final class HeaderRules {

    /** Where a chunk's start and size lie in its header entry (after the u32 id). */
    private static final int START_AT = 4;
    private static final int SIZE_AT = 4 + 8 + 8;

    private HeaderRules() {
    }

    /** The variant named {@code id}, or the problem at {@code offset}. */
    static Variant variant(FieldReader in, long offset, String id) throws TraceFormatException {
        try {
            return Variant.byId(id);
        } catch (IllegalArgumentException e) {
            throw in.problemAt(offset, e.getMessage());
        }
    }

    /** Checks that {@code described} names an algorithm that {@code variant} has. */
    static void algorithm(FieldReader in, long offset, String described, Variant variant) throws TraceFormatException {
        try {
            GenPool.create(0, variant).setAlgorithm(AlgorithmText.parse(described));
        } catch (IllegalArgumentException e) {
            throw in.problemAt(offset, "algorithm '" + described + "': " + e.getMessage());
        }
    }

    /**
     * Checks the chunks, whose entries start at {@code firstOffset}: ids 0, 1, ... in order, sizes
     * positive, no range past the top of the address space, no two ranges overlapping.
     */
    static void chunks(FieldReader in, long firstOffset, List<ChunkGeometry> chunks) throws TraceFormatException {
        for (int i = 0; i < chunks.size(); i++) {
            ChunkGeometry chunk = chunks.get(i);
            long at = firstOffset + (long) i * TraceFormat.CHUNK_BYTES;
            if (chunk.id() != i) {
                throw in.problemAt(at, "chunk " + i + " has id " + chunk.id() + "; chunks are listed by id from 0");
            }
            if (chunk.size() <= 0) {
                throw in.problemAt(at + SIZE_AT, "chunk " + i + " has size " + Long.toUnsignedString(chunk.size())
                        + "; a chunk's size is 1.." + Long.MAX_VALUE + " bytes");
            }
            if (Long.compareUnsigned(chunk.start() + chunk.size() - 1, chunk.start()) < 0) {
                throw in.problemAt(at + SIZE_AT, String.format("chunk %d at 0x%x of %d bytes runs past the top of the"
                        + " address space", i, chunk.start(), chunk.size()));
            }
        }
        List<ChunkGeometry> byStart = chunks.stream()
                .sorted(Comparator.comparing(ChunkGeometry::start, Long::compareUnsigned)).toList();
        for (int i = 1; i < byStart.size(); i++) {
            ChunkGeometry below = byStart.get(i - 1);
            ChunkGeometry above = byStart.get(i);
            if (Long.compareUnsigned(above.start() - below.start(), below.size()) < 0) {
                throw in.problemAt(firstOffset + (long) above.id() * TraceFormat.CHUNK_BYTES + START_AT, String.format(
                        "chunk %d at 0x%x overlaps chunk %d (0x%x, %d bytes)", above.id(), above.start(), below.id(),
                        below.start(), below.size()));
            }
        }
    }
}
