package dev.poolscope.analysis.capture;

/**
 * A chunk a captured pool had: its geometry and the bitmap words it started from (its start snapshot's, or
 * all clear for a chunk added while the capture ran).
 *
 * @param bits the chunk's units: {@code size >> order}
 */
public record CapturedChunk(long start, long phys, long size, long bits, long[] startWords) {
}
