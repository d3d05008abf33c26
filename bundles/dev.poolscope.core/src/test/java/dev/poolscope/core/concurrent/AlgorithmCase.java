package dev.poolscope.core.concurrent;

import dev.poolscope.core.Algorithm;

import java.util.Random;

/**
 * The five allocation algorithms as a random workload drives them, each with the placement it
 * promises. A placement is checked on every address a thread gets back, so an allocation that a
 * retry after a lost race put in the wrong place fails the test even when nothing overlaps.
 */
enum AlgorithmCase {

    FIRST_FIT {
        @Override
        Request next(Random random) {
            return new Request(Algorithm.firstFit(), 0);
        }
    },

    FIRST_FIT_ALIGN {
        @Override
        Request next(Random random) {
            long align = ALIGNS[random.nextInt(ALIGNS.length)];
            return new Request(Algorithm.firstFitAlign(align), align);
        }

        /** Absolute alignment: every stress chunk starts on a multiple of the largest alignment. */
        @Override
        boolean placementHolds(Request request, long chunkStart, int order, long address, long nbits) {
            return (address & (request.parameter() - 1)) == 0;
        }
    },

    FIXED_OFFSET {
        @Override
        Request next(Random random) {
            long offset = OFFSETS[random.nextInt(OFFSETS.length)];
            return new Request(Algorithm.fixedOffset(offset), offset);
        }

        @Override
        boolean placementHolds(Request request, long chunkStart, int order, long address, long nbits) {
            return address - chunkStart == request.parameter();
        }
    },

    FIRST_FIT_ORDER_ALIGN {
        @Override
        Request next(Random random) {
            return new Request(Algorithm.firstFitOrderAlign(), 0);
        }

        /** Aligned relative to the chunk to the unit count rounded up to a power of two. */
        @Override
        boolean placementHolds(Request request, long chunkStart, int order, long address, long nbits) {
            long roundedUp = nbits <= 1 ? 1 : Long.highestOneBit(nbits - 1) << 1;
            return (((address - chunkStart) >>> order) & (roundedUp - 1)) == 0;
        }
    },

    BEST_FIT {
        @Override
        Request next(Random random) {
            return new Request(Algorithm.bestFit(), 0);
        }
    };

    /** Alignments in bytes; the stress chunks start on multiples of the largest. */
    static final long[] ALIGNS = {16, 64, 256};

    /** Offsets in bytes from a chunk's start; all whole units, and all inside the smallest stress chunk. */
    static final long[] OFFSETS = {0, 64, 120, 200};

    /** An algorithm for one allocation, with the alignment or offset it was given (0 when none). */
    record Request(Algorithm algorithm, long parameter) {
    }

    /** The algorithm for the next allocation: fixed for some cases, with a random parameter for others. */
    abstract Request next(Random random);

    /** Whether {@code address} ({@code nbits} units, in the chunk at {@code chunkStart}) is where the algorithm may put it. */
    boolean placementHolds(Request request, long chunkStart, int order, long address, long nbits) {
        return true;
    }
}
