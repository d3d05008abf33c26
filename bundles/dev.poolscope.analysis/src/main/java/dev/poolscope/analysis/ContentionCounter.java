package dev.poolscope.analysis;

import dev.poolscope.analysis.TraceContention.ThreadContention;
import dev.poolscope.analysis.TraceContention.WordContention;
import dev.poolscope.trace.Event;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Counts a trace's contention, one event at a time, for {@link FragmentationState}: totals only, no buckets. */
final class ContentionCounter {

    /** Per thread: CAS attempts, CAS failures, rollbacks, retries, allocs. */
    private long[][] perThread;
    /** Per (chunk, word), keyed chunk in the high 32 bits: CAS attempts and failures. */
    private final Map<Long, long[]> perWord = new HashMap<>();

    ContentionCounter(int threads) {
        perThread = new long[Math.max(threads, 1)][5];
    }

    void accept(Event event) {
        switch (event.kind()) {
            case CAS -> {
                count(event.thread(), 0);
                long[] word = perWord.computeIfAbsent(((long) event.chunk() << 32) | event.p0(), key -> new long[2]);
                word[0]++;
                if (event.casFailed()) {
                    count(event.thread(), 1);
                    word[1]++;
                }
            }
            case ROLLBACK -> count(event.thread(), 2);
            case RETRY -> count(event.thread(), 3);
            case ALLOC_BEGIN -> count(event.thread(), 4);
            default -> { }
        }
    }

    private void count(int thread, int column) {
        if (thread >= perThread.length) { // a header that undercounts its threads: grow rather than lose counts
            perThread = Arrays.copyOf(perThread, thread + 1);
            for (int i = 0; i < perThread.length; i++) {
                perThread[i] = perThread[i] == null ? new long[5] : perThread[i];
            }
        }
        perThread[thread][column]++;
    }

    TraceContention result() {
        List<ThreadContention> threads = new ArrayList<>();
        for (int t = 0; t < perThread.length; t++) {
            long[] c = perThread[t];
            threads.add(new ThreadContention(t, c[0], c[1], c[2], c[3], c[4]));
        }
        List<WordContention> words = new ArrayList<>();
        perWord.forEach((key, c) -> words.add(new WordContention((int) (key >>> 32), key & 0xffff_ffffL, c[0], c[1])));
        return new TraceContention(threads, words);
    }
}
