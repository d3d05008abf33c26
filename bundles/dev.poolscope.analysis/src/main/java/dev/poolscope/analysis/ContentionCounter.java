package dev.poolscope.analysis;

import dev.poolscope.analysis.TraceContention.ThreadContention;
import dev.poolscope.analysis.TraceContention.WordContention;
import dev.poolscope.trace.ChunkGeometry;
import dev.poolscope.trace.Event;
import dev.poolscope.trace.TraceHeader;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Counts a trace's contention, one event at a time, for {@link FragmentationState}: totals only, no buckets. */
final class ContentionCounter {

    /** Per thread: CAS attempts, CAS failures, rollbacks, retries, allocs. */
    private long[][] perThread;
    /**
     * Per chunk of the header, per word: CAS attempts and failures, in arrays, since a CAS event is
     * counted at its word millions of times in a large trace (a boxed map's lookup was most of this class's cost).
     */
    private final long[][] attempts;
    private final long[][] failures;
    /** Per (chunk, word) the header lacks, keyed chunk in the high 32 bits: CAS attempts and failures, not lost. */
    private final Map<Long, long[]> elsewhere = new HashMap<>();

    ContentionCounter(TraceHeader header) {
        perThread = new long[Math.max(header.threads(), 1)][5];
        int chunks = header.chunks().size();
        attempts = new long[chunks][];
        failures = new long[chunks][];
        for (int chunk = 0; chunk < chunks; chunk++) {
            ChunkGeometry geometry = header.chunks().get(chunk);
            int words = (int) (((geometry.size() >>> header.minAllocOrder()) + 63) >>> 6);
            attempts[chunk] = new long[words];
            failures[chunk] = new long[words];
        }
    }

    void accept(Event event) {
        switch (event.kind()) {
            case CAS -> {
                count(event.thread(), 0);
                int failed = event.casFailed() ? 1 : 0;
                if (failed == 1) {
                    count(event.thread(), 1);
                }
                countWord(event.chunk(), event.p0(), failed);
            }
            case ROLLBACK -> count(event.thread(), 2);
            case RETRY -> count(event.thread(), 3);
            case ALLOC_BEGIN -> count(event.thread(), 4);
            default -> { }
        }
    }

    private void countWord(int chunk, long word, int failed) {
        if (chunk >= 0 && chunk < attempts.length && word >= 0 && word < attempts[chunk].length) {
            attempts[chunk][(int) word]++;
            failures[chunk][(int) word] += failed;
        } else {
            long[] counts = elsewhere.computeIfAbsent(((long) chunk << 32) | word, key -> new long[2]);
            counts[0]++;
            counts[1] += failed;
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
        for (int chunk = 0; chunk < attempts.length; chunk++) {
            for (int word = 0; word < attempts[chunk].length; word++) {
                if (attempts[chunk][word] > 0) {
                    words.add(new WordContention(chunk, word, attempts[chunk][word], failures[chunk][word]));
                }
            }
        }
        elsewhere.forEach((key, c) -> words.add(new WordContention((int) (key >>> 32), key & 0xffff_ffffL, c[0], c[1])));
        return new TraceContention(threads, words);
    }
}
