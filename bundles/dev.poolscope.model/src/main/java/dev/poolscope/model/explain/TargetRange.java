package dev.poolscope.model.explain;

import dev.poolscope.core.GenPool;
import dev.poolscope.core.WordMasks;
import dev.poolscope.model.Operation;
import dev.poolscope.model.ThreadPosition;
import dev.poolscope.trace.ChunkGeometry;
import dev.poolscope.trace.TraceHeader;

import java.util.Optional;

/**
 * The bits an operation works on: for an alloc the range its latest search found, for a free the
 * range it releases.
 *
 * @param chunk the chunk
 * @param start the first bit
 * @param nbits how many bits
 */
record TargetRange(int chunk, long start, long nbits) {

    /** The range of {@code position}'s operation, once the thread knows its chunk and address. */
    static Optional<TargetRange> of(ThreadPosition position, TraceHeader header) {
        if (position.operation() == Operation.NONE || position.chunk() < 0 || position.address() == 0) {
            return Optional.empty();
        }
        ChunkGeometry geometry = header.chunks().get(position.chunk());
        int order = header.minAllocOrder();
        long start = (position.address() - geometry.start()) >>> order;
        long nbits = GenPool.bitsFor(position.size(), order);
        return Optional.of(new TargetRange(position.chunk(), start, nbits));
    }

    int firstWord() {
        return (int) (start >>> 6);
    }

    int lastWord() {
        return (int) ((start + nbits - 1) >>> 6);
    }

    /** The range's bits in word {@code word} (0 outside it). */
    long bitsIn(int word) {
        return WordMasks.ofWord(word, start, start + nbits);
    }
}
