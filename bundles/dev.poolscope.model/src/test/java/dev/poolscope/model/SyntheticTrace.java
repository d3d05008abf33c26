package dev.poolscope.model;

import dev.poolscope.testkit.ComputedTrace;
import dev.poolscope.trace.ChunkGeometry;
import dev.poolscope.trace.Event;
import dev.poolscope.trace.EventKind;
import dev.poolscope.trace.TraceHeader;

import java.util.ArrayList;
import java.util.List;

/**
 * A trace of any length whose events are computed from their sequence numbers, never stored: for
 * measuring the model on traces far larger than memory would hold as events.
 *
 * <p>The run it describes is valid: every successful CAS expects the word's value and sets only
 * clear bits or clears only set bits, every failed CAS witnesses the word's value, and avail
 * follows. Each thread owns a region of a chunk cut into blocks of 64 bits that straddle two
 * words (the upper half of one, the lower half of the next). The run goes in rows: in a row every
 * thread in turn allocates (fill rows) or frees (drain rows) its next block, S fill rows filling
 * the regions and S drain rows emptying them; then threads 0 and 1 play a race episode in a spare
 * arena at the end of chunk 0: a two-word set losing on its second word to the other thread's
 * CAS, rolling back and retrying, and a free losing its CAS to the other thread's free, after
 * which the arena is empty again. The search results follow this layout, not first-fit.
 */
final class SyntheticTrace extends ComputedTrace {

    private static final int ORDER = 5;
    private static final long UPPER = 0xffff_ffff_0000_0000L;
    private static final long LOWER = 0x0000_0000_ffff_ffffL;
    private static final long BLOCK_BYTES = 64L << ORDER;
    private static final long UNIT = 1L << ORDER;
    private static final int ALLOC_EVENTS = 9;
    private static final int FREE_EVENTS = 7;
    static final int RACE_EVENTS = 39;
    /** Words at the end of chunk 0 kept for the race episodes. */
    private static final int ARENA_WORDS = 4;

    private final TraceHeader header;
    private final int threads;
    private final int chunks;
    private final int wordsPerChunk;
    private final int slots;
    private final long fillRow;
    private final long drainRow;
    private final long cycle;

    /**
     * @param wordsPerChunk bitmap words of every chunk; there must be room for at least two blocks per thread
     */
    SyntheticTrace(long events, int threads, int chunks, int wordsPerChunk) {
        super(events);
        if (threads < 2) {
            throw new IllegalArgumentException("the race episodes need two threads");
        }
        this.threads = threads;
        this.chunks = chunks;
        this.wordsPerChunk = wordsPerChunk;
        int regionsPerChunk = (threads + chunks - 1) / chunks;
        this.slots = (wordsPerChunk - ARENA_WORDS) / regionsPerChunk - 1;
        if (slots < 2) {
            throw new IllegalArgumentException(wordsPerChunk + " words per chunk leave no room for " + threads
                    + " threads on " + chunks + " chunks");
        }
        this.fillRow = (long) threads * ALLOC_EVENTS + RACE_EVENTS;
        this.drainRow = (long) threads * FREE_EVENTS + RACE_EVENTS;
        this.cycle = slots * (fillRow + drainRow);
        List<ChunkGeometry> geometry = new ArrayList<>();
        for (int chunk = 0; chunk < chunks; chunk++) {
            geometry.add(new ChunkGeometry(chunk, start(chunk), start(chunk) + 0x4000_0000L, chunkBytes()));
        }
        this.header = new TraceHeader(ORDER, "mainline", "first_fit", geometry, threads,
                "synthetic: " + threads + " threads filling and draining " + chunks + " chunks of "
                        + wordsPerChunk * 64 + " bits, with a race episode after every row",
                0);
    }

    @Override
    public TraceHeader header() {
        return header;
    }

    /** Bitmap words of each chunk. */
    int wordsPerChunk() {
        return wordsPerChunk;
    }

    private long chunkBytes() {
        return (long) wordsPerChunk * 64 << ORDER;
    }

    private long start(int chunk) {
        return 0x1000_0000L + 2 * chunk * chunkBytes();
    }

    /** Event {@code seq}: which row, which thread's operation or which step of the race episode. */
    @Override
    protected Event eventAt(long seq) {
        long inCycle = seq % cycle;
        boolean fill = inCycle < slots * fillRow;
        long rowLength = fill ? fillRow : drainRow;
        long inPhase = fill ? inCycle : inCycle - slots * fillRow;
        int slot = (int) (inPhase / rowLength);
        int inRow = (int) (inPhase % rowLength);
        int opLength = fill ? ALLOC_EVENTS : FREE_EVENTS;
        if (inRow < threads * opLength) {
            int thread = inRow / opLength;
            return fill ? allocEvent(seq, thread, slot, inRow % opLength)
                    : freeEvent(seq, thread, slot, inRow % opLength);
        }
        int blocksPerThread = fill ? slot + 1 : slots - slot - 1;
        long arenaAvail = chunkBytes() - threadsOn(0) * blocksPerThread * BLOCK_BYTES;
        return raceEvent(seq, inRow - threads * opLength, arenaAvail);
    }

    private int threadsOn(int chunk) {
        return (threads - chunk + chunks - 1) / chunks;
    }

    /** The first word of {@code thread}'s region. */
    private int regionWord(int thread) {
        return thread / chunks * (slots + 1);
    }

    /** Step {@code step} of {@code thread}'s allocation of block {@code slot} in a fill row. */
    private Event allocEvent(long seq, int thread, int slot, int step) {
        int chunk = thread % chunks;
        int first = regionWord(thread) + slot;
        long bit = first * 64L + 32;
        long firstBefore = slot > 0 ? LOWER : 0; // the block before is allocated in a fill row
        // the earlier threads of the chunk have allocated their block of this row already
        long avail = chunkBytes() - ((long) threadsOn(chunk) * slot + thread / chunks) * BLOCK_BYTES;
        return switch (step) {
            case 0 -> event(seq, thread, -1, EventKind.ALLOC_BEGIN, BLOCK_BYTES, 64, 0, 0, 0);
            case 1 -> event(seq, thread, chunk, EventKind.AVAIL_READ, avail, 0, 0, 0, 0);
            case 2 -> event(seq, thread, chunk, EventKind.SEARCH, 0, 64, bit, 0, 0);
            case 3 -> event(seq, thread, chunk, EventKind.WORD_READ, first, firstBefore, 0, 0, 0);
            case 4 -> event(seq, thread, chunk, EventKind.CAS, first, firstBefore, firstBefore | UPPER, firstBefore, 1);
            case 5 -> event(seq, thread, chunk, EventKind.WORD_READ, first + 1, 0, 0, 0, 0);
            case 6 -> event(seq, thread, chunk, EventKind.CAS, first + 1, 0, LOWER, 0, 1);
            case 7 -> event(seq, thread, chunk, EventKind.AVAIL_CHANGE, -BLOCK_BYTES, avail - BLOCK_BYTES, 0, 0, 0);
            default -> event(seq, thread, -1, EventKind.ALLOC_END, BLOCK_BYTES, start(chunk) + (bit << ORDER), 0, 0, 0);
        };
    }

    /** Step {@code step} of {@code thread}'s free of block {@code slot} in a drain row. */
    private Event freeEvent(long seq, int thread, int slot, int step) {
        int chunk = thread % chunks;
        int first = regionWord(thread) + slot;
        long address = start(chunk) + ((first * 64L + 32) << ORDER);
        // in a drain row the blocks from this one on are allocated, the ones before it free
        long secondBefore = LOWER | (slot + 1 < slots ? UPPER : 0);
        long avail = chunkBytes() - ((long) threadsOn(chunk) * (slots - slot) - thread / chunks) * BLOCK_BYTES;
        return switch (step) {
            case 0 -> event(seq, thread, -1, EventKind.FREE_BEGIN, address, BLOCK_BYTES, 0, 0, 0);
            case 1 -> event(seq, thread, chunk, EventKind.WORD_READ, first, UPPER, 0, 0, 0);
            case 2 -> event(seq, thread, chunk, EventKind.CAS, first, UPPER, 0, UPPER, 1);
            case 3 -> event(seq, thread, chunk, EventKind.WORD_READ, first + 1, secondBefore, 0, 0, 0);
            case 4 -> event(seq, thread, chunk, EventKind.CAS, first + 1, secondBefore, secondBefore & ~LOWER,
                    secondBefore, 1);
            case 5 -> event(seq, thread, chunk, EventKind.AVAIL_CHANGE, BLOCK_BYTES, avail + BLOCK_BYTES, 0, 0, 0);
            default -> event(seq, thread, -1, EventKind.FREE_END, address, BLOCK_BYTES, 0, 0, 0);
        };
    }

    /**
     * Step {@code step} of a race episode in the arena (words x..x+3 of chunk 0, all clear): thread
     * 0 allocates 64 bits from bit 64x+32 and loses word x+1 to thread 1's one-bit allocation at
     * bit 64(x+1), rolls back and takes bits 64(x+1)+1 on; then both free, and thread 1's CAS
     * fails on the value thread 0's free left.
     */
    private Event raceEvent(long seq, int step, long avail) {
        int x = wordsPerChunk - ARENA_WORDS;
        long a = x * 64L + 32;
        long b = (x + 1) * 64L;
        long retried = b + 1;
        long addressOfB = start(0) + (b << ORDER);
        long addressOfA = start(0) + (retried << ORDER);
        return switch (step) {
            case 0 -> event(seq, 0, -1, EventKind.ALLOC_BEGIN, BLOCK_BYTES, 64, 0, 0, 0);
            case 1 -> event(seq, 0, 0, EventKind.AVAIL_READ, avail, 0, 0, 0, 0);
            case 2 -> event(seq, 0, 0, EventKind.SEARCH, 0, 64, a, 0, 0);
            case 3 -> event(seq, 0, 0, EventKind.WORD_READ, x, 0, 0, 0, 0);
            case 4 -> event(seq, 0, 0, EventKind.CAS, x, 0, UPPER, 0, 1);
            case 5 -> event(seq, 1, -1, EventKind.ALLOC_BEGIN, UNIT, 1, 0, 0, 0);
            case 6 -> event(seq, 1, 0, EventKind.AVAIL_READ, avail, 0, 0, 0, 0);
            case 7 -> event(seq, 1, 0, EventKind.SEARCH, 0, 1, b, 0, 0);
            case 8 -> event(seq, 0, 0, EventKind.WORD_READ, x + 1, 0, 0, 0, 0);
            case 9 -> event(seq, 1, 0, EventKind.WORD_READ, x + 1, 0, 0, 0, 0);
            case 10 -> event(seq, 1, 0, EventKind.CAS, x + 1, 0, 1, 0, 1);
            case 11 -> event(seq, 0, 0, EventKind.CAS, x + 1, 0, LOWER, 1, 0);
            case 12 -> event(seq, 0, 0, EventKind.PARTIAL_SET, a, 64, 32, 0, 0);
            case 13 -> event(seq, 0, 0, EventKind.ROLLBACK, a, 32, 0, 0, 0);
            case 14 -> event(seq, 0, 0, EventKind.WORD_READ, x, UPPER, 0, 0, 0);
            case 15 -> event(seq, 0, 0, EventKind.CAS, x, UPPER, 0, UPPER, 1);
            case 16 -> event(seq, 0, 0, EventKind.RETRY, a, 0, 0, 0, 0);
            case 17 -> event(seq, 1, 0, EventKind.AVAIL_CHANGE, -UNIT, avail - UNIT, 0, 0, 0);
            case 18 -> event(seq, 1, -1, EventKind.ALLOC_END, UNIT, addressOfB, 0, 0, 0);
            case 19 -> event(seq, 0, 0, EventKind.SEARCH, a, 64, retried, 0, 0);
            case 20 -> event(seq, 0, 0, EventKind.WORD_READ, x + 1, 1, 0, 0, 0);
            case 21 -> event(seq, 0, 0, EventKind.CAS, x + 1, 1, -1L, 1, 1);
            case 22 -> event(seq, 0, 0, EventKind.WORD_READ, x + 2, 0, 0, 0, 0);
            case 23 -> event(seq, 0, 0, EventKind.CAS, x + 2, 0, 1, 0, 1);
            case 24 -> event(seq, 0, 0, EventKind.AVAIL_CHANGE, -BLOCK_BYTES, avail - UNIT - BLOCK_BYTES, 0, 0, 0);
            case 25 -> event(seq, 0, -1, EventKind.ALLOC_END, BLOCK_BYTES, addressOfA, 0, 0, 0);
            case 26 -> event(seq, 1, -1, EventKind.FREE_BEGIN, addressOfB, UNIT, 0, 0, 0);
            case 27 -> event(seq, 1, 0, EventKind.WORD_READ, x + 1, -1L, 0, 0, 0);
            case 28 -> event(seq, 0, -1, EventKind.FREE_BEGIN, addressOfA, BLOCK_BYTES, 0, 0, 0);
            case 29 -> event(seq, 0, 0, EventKind.WORD_READ, x + 1, -1L, 0, 0, 0);
            case 30 -> event(seq, 0, 0, EventKind.CAS, x + 1, -1L, 1, -1L, 1);
            case 31 -> event(seq, 1, 0, EventKind.CAS, x + 1, -1L, -2L, 1, 0);
            case 32 -> event(seq, 1, 0, EventKind.CAS, x + 1, 1, 0, 1, 1);
            case 33 -> event(seq, 1, 0, EventKind.AVAIL_CHANGE, UNIT, avail - BLOCK_BYTES, 0, 0, 0);
            case 34 -> event(seq, 1, -1, EventKind.FREE_END, addressOfB, UNIT, 0, 0, 0);
            case 35 -> event(seq, 0, 0, EventKind.WORD_READ, x + 2, 1, 0, 0, 0);
            case 36 -> event(seq, 0, 0, EventKind.CAS, x + 2, 1, 0, 1, 1);
            case 37 -> event(seq, 0, 0, EventKind.AVAIL_CHANGE, BLOCK_BYTES, avail, 0, 0, 0);
            default -> event(seq, 0, -1, EventKind.FREE_END, addressOfA, BLOCK_BYTES, 0, 0, 0);
        };
    }

    private static Event event(long seq, int thread, int chunk, EventKind kind, long p0, long p1, long p2, long p3,
            long p4) {
        return new Event(seq, thread, seq, chunk, kind, p0, p1, p2, p3, p4);
    }
}
