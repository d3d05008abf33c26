package dev.poolscope.analysis.capture;

import dev.poolscope.core.Algorithm;
import dev.poolscope.core.Chunk;
import dev.poolscope.core.GenPool;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * A capture written from a run of our own allocator: seeded random allocs (every algorithm, some
 * through an {@code algo} change, some fixed offsets off the unit) and frees of live allocations,
 * single-threaded, with a chunk added mid-run and a final snapshot of the pool's real state.
 */
final class OwnRunCapture {

    static final long POOL = 0xffff88800abc0000L;

    private final Random random;
    private final GenPool pool;
    private final int order;
    private final CaptureText text = new CaptureText();
    private final List<long[]> live = new ArrayList<>(); // {address, size}
    private final List<Long> successfulAllocs = new ArrayList<>();
    private final long flipSeq;
    private Algorithm poolAlgorithm = Algorithm.firstFit();

    /** @param flipSeq the seq of an alloc whose address is written one unit off, or -1 for none */
    private OwnRunCapture(long seed, long flipSeq) {
        this.random = new Random(seed);
        this.order = 3 + random.nextInt(3);
        this.pool = GenPool.create(order);
        this.flipSeq = flipSeq;
    }

    /** The capture of run {@code seed}; {@code successfulAllocs} gets the seqs of the allocs that returned an address. */
    static String generate(long seed, int ops, long flipSeq, List<Long> successfulAllocs) {
        OwnRunCapture run = new OwnRunCapture(seed, flipSeq);
        String capture = run.run(ops);
        successfulAllocs.addAll(run.successfulAllocs);
        return capture;
    }

    private String run(int ops) {
        text.create(order, POOL);
        List<Integer> slots = new ArrayList<>(List.of(0, 1, 2, 3));
        Collections.shuffle(slots, random);
        for (int i = 0; i < 1 + random.nextInt(3); i++) {
            addChunk(slots.get(i));
        }
        for (int op = 0; op < ops; op++) {
            if (op == ops / 2) {
                addChunk(slots.get(3));
            }
            if (!live.isEmpty() && random.nextInt(100) < 40) {
                free();
            } else {
                alloc();
            }
        }
        text.snapshot(POOL, "final", order, symbol(poolAlgorithm), "-", pool.chunks().size());
        for (Chunk chunk : pool.chunks()) {
            long[] words = new long[chunk.bitmap().wordCount()];
            chunk.bitmap().copyWords(words);
            text.chunk(chunk.start(), chunk.size(), order, chunk.avail(), words);
        }
        return text.ended();
    }

    /** A chunk in address slot {@code slot}, of a size that is sometimes not a whole number of units. */
    private void addChunk(int slot) {
        long start = 0x10000000L + slot * 0x100000L;
        long size = (64 + random.nextInt(400)) * (1L << order) + (random.nextBoolean() ? random.nextInt(1 << order) : 0);
        pool.addChunk(start, start + 0x1000_0000_0000L, size);
        text.add(POOL, start, size);
    }

    private void alloc() {
        boolean own = random.nextInt(100) < 20;
        if (own) {
            poolAlgorithm = algorithm();
            pool.setAlgorithm(poolAlgorithm);
            text.algo(POOL, symbol(poolAlgorithm));
        }
        Algorithm algorithm = own ? poolAlgorithm : algorithm();
        long size = 1 + random.nextInt(random.nextInt(10) == 0 ? 4000 : 300);
        long address = pool.alloc(size, algorithm);
        long seq = text.nextSeq();
        if (address != 0) {
            live.add(new long[] {address, size});
            successfulAllocs.add(seq);
        }
        text.alloc(POOL, size, symbol(algorithm), seq == flipSeq ? address + (1L << order) : address);
    }

    private void free() {
        long[] victim = live.remove(random.nextInt(live.size()));
        pool.free(victim[0], victim[1]);
        text.free(POOL, victim[0], victim[1]);
    }

    private Algorithm algorithm() {
        return switch (random.nextInt(5)) {
            case 0 -> Algorithm.firstFit();
            case 1 -> Algorithm.firstFitAlign(1L << random.nextInt(10));
            case 2 -> Algorithm.fixedOffset((1L << order) * random.nextInt(40) + (random.nextInt(8) == 0 ? 1 : 0));
            case 3 -> Algorithm.firstFitOrderAlign();
            default -> Algorithm.bestFit();
        };
    }

    /** The kernel's symbol and data, as a capture line writes them. */
    private static String symbol(Algorithm algorithm) {
        String described = algorithm.describe();
        return described.startsWith("fixed") ? "gen_pool_fixed_alloc" + described.substring(5) : "gen_pool_" + described;
    }
}
