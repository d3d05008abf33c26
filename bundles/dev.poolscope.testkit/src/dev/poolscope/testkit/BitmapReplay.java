package dev.poolscope.trace.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.poolscope.core.Chunk;
import dev.poolscope.core.GenPool;
import dev.poolscope.trace.ChunkGeometry;
import dev.poolscope.trace.Event;
import dev.poolscope.trace.EventKind;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A tiny replay model: every chunk's bitmap words rebuilt from empty by the successful CAS and
 * WORD_STORE events of a trace, in sequence order. On the way it checks that each CAS witnessed,
 * and each store found, exactly the word the model holds, which is true when the trace's order is
 * the order the words really changed in (as it is for scheduled runs).
 */
public final class BitmapReplay {

    private BitmapReplay() {
    }

    /** The words of each chunk, by chunk id, after replaying {@code events}. */
    public static Map<Integer, List<Long>> replay(int minAllocOrder, List<ChunkGeometry> chunks, List<Event> events) {
        Map<Integer, long[]> words = new TreeMap<>();
        for (ChunkGeometry chunk : chunks) {
            words.put(chunk.id(), new long[(int) (((chunk.size() >>> minAllocOrder) + 63) >>> 6)]);
        }
        for (Event e : events) {
            if (e.kind() == EventKind.CAS) {
                long[] map = words.get(e.chunk());
                assertEquals(map[(int) e.p0()], e.p3(), () -> "CAS witnessed another word than the model holds: " + e);
                if (e.casSucceeded()) {
                    map[(int) e.p0()] = e.p2();
                }
            } else if (e.kind() == EventKind.WORD_STORE) {
                long[] map = words.get(e.chunk());
                assertEquals(map[(int) e.p0()], e.p1(), () -> "store found another word than the model holds: " + e);
                map[(int) e.p0()] = e.p2();
            }
        }
        Map<Integer, List<Long>> result = new TreeMap<>();
        words.forEach((id, map) -> result.put(id, toList(map)));
        return result;
    }

    /** The words of each chunk of {@code pool}, by chunk id. */
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
        return java.util.Arrays.stream(words).boxed().toList();
    }
}
