package dev.poolscope.model.pools;

/**
 * A chunk as the Pools view shows it.
 *
 * @param id    the chunk's id
 * @param start its first address
 * @param size  its size in bytes
 * @param avail its free bytes
 */
public record ChunkFigures(int id, long start, long size, long avail) {
}
