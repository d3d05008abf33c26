package dev.poolscope.trace;

import dev.poolscope.core.Chunk;

/**
 * Where a chunk of the recorded pool lies.
 *
 * @param id    the chunk's id in its pool (order of addition, from 0)
 * @param start first address (unsigned)
 * @param phys  physical address (unsigned)
 * @param size  bytes, tail included; the bitmap has {@code size >>> order} bits
 */
public record ChunkGeometry(int id, long start, long phys, long size) {

    public static ChunkGeometry of(Chunk chunk) {
        return new ChunkGeometry(chunk.id(), chunk.start(), chunk.phys(), chunk.size());
    }
}
