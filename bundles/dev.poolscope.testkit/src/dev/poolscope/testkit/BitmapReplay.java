package dev.poolscope.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.poolscope.core.Chunk;
import dev.poolscope.core.GenPool;
import dev.poolscope.trace.ChunkGeometry;
import dev.poolscope.trace.Event;
import dev.poolscope.trace.EventKind;
import dev.poolscope.trace.TraceHeader;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The simplest replay there is, to compare the real model with: every chunk's bitmap words and
 * avail, rebuilt from empty one event at a time by the successful CAS, WORD_STORE and AVAIL_CHANGE
 * events. A change is applied as the bits it flips ({@code expected ^ desired}), which is right
 * whatever order changes of one word come in as long as each one happened.
 */
public final class BitmapReplay {

    private final long[][] words;
    private final long[] avail;

    /** A replay of a pool of {@code chunks} with {@code 2^minAllocOrder}-byte bits, every chunk empty. */
    public BitmapReplay(int minAllocOrder, List<ChunkGeometry> chunks) {
        int ids = chunks.stream().mapToInt(ChunkGeometry::id).max().orElse(-1) + 1;
        words = new long[ids][];
        avail = new long[ids];
        for (ChunkGeometry chunk : chunks) {
            words[chunk.id()] = new long[(int) (((chunk.size() >>> minAllocOrder) + 63) >>> 6)];
            avail[chunk.id()] = chunk.size();
        }
    }

    /** A replay of the pool {@code header} describes. */
    public BitmapReplay(TraceHeader header) {
        this(header.minAllocOrder(), header.chunks());
    }

    /** Takes the next event. */
    public void apply(Event event) {
        if (event.casSucceeded() || event.kind() == EventKind.WORD_STORE) {
            words[event.chunk()][(int) event.p0()] ^= event.p1() ^ event.p2();
        } else if (event.kind() == EventKind.AVAIL_CHANGE) {
            avail[event.chunk()] += event.p0();
        }
    }

    /**
     * Takes the next event after checking that a CAS witnessed, and a store found, exactly the word
     * this replay holds: true when the events come in the order the words really changed in (as
     * they do in scheduled runs).
     */
    public void applyChecked(Event event) {
        if (event.kind() == EventKind.CAS) {
            assertEquals(words[event.chunk()][(int) event.p0()], event.p3(),
                    () -> "CAS witnessed another word than the replay holds: " + event);
        } else if (event.kind() == EventKind.WORD_STORE) {
            assertEquals(words[event.chunk()][(int) event.p0()], event.p1(),
                    () -> "store found another word than the replay holds: " + event);
        }
        apply(event);
    }

    /** The words of chunk {@code chunk} now; the replay's own array. */
    public long[] words(int chunk) {
        return words[chunk];
    }

    /** The bytes chunk {@code chunk} has free now. */
    public long avail(int chunk) {
        return avail[chunk];
    }

    /** The words of each chunk, by chunk id, after replaying {@code events} checked (see {@link #applyChecked}). */
    public static Map<Integer, List<Long>> replay(int minAllocOrder, List<ChunkGeometry> chunks, List<Event> events) {
        BitmapReplay replay = new BitmapReplay(minAllocOrder, chunks);
        events.forEach(replay::applyChecked);
        Map<Integer, List<Long>> result = new TreeMap<>();
        for (ChunkGeometry chunk : chunks) {
            result.put(chunk.id(), toList(replay.words(chunk.id())));
        }
        return result;
    }

    /** The words of each chunk of {@code pool}, by chunk id, as {@link #replay} gives them. */
    public static Map<Integer, List<Long>> words(GenPool pool) {
        Map<Integer, List<Long>> result = new TreeMap<>();
        for (Chunk chunk : pool.chunks()) {
            long[] map = new long[chunk.bitmap().wordCount()];
            chunk.bitmap().copyWords(map);
            result.put(chunk.id(), toList(map));
        }
        return result;
    }

    private static List<Long> toList(long[] words) {
        return Arrays.stream(words).boxed().toList();
    }
}
