package dev.poolscope.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Contention over a whole trace: CAS attempts and failures, rollbacks, retries and allocations per
 * thread and for all threads, and CAS attempts and failures per bitmap word, so the hottest words
 * can be named. Counted by {@link FragmentationState}, so in the pass that builds a trace's series and in
 * any single pass to an event. Immutable.
 */
public final class TraceContention {

    /**
     * One thread's counts, or every thread's together ({@code thread} -1).
     *
     * @param casAttempts every CAS on a bitmap word; plain stores (pre-patch) are not CASes
     * @param casFailures the CASes that found another value than they expected
     * @param rollbacks   multi-word sets that undid what they had set
     * @param retries     searches started again after a rollback
     * @param allocs      allocations begun
     */
    public record ThreadContention(int thread, long casAttempts, long casFailures, long rollbacks, long retries,
            long allocs) {

        /** Failed CASes over CAS attempts; 0 when there was none. */
        public double failureRatio() {
            return casAttempts == 0 ? 0 : (double) casFailures / casAttempts;
        }

        /** Retries over allocations begun; 0 when there was none. */
        public double retriesPerAlloc() {
            return allocs == 0 ? 0 : (double) retries / allocs;
        }
    }

    /** The CASes on one bitmap word: word {@code word} of chunk {@code chunk}. */
    public record WordContention(int chunk, long word, long casAttempts, long casFailures) {

        /** Failed CASes over CAS attempts on this word. */
        public double failureRatio() {
            return casAttempts == 0 ? 0 : (double) casFailures / casAttempts;
        }
    }

    /** Hottest first: most failed CASes, then most attempts, then lowest chunk and word, so ties read in bitmap order. */
    private static final Comparator<WordContention> HOTTEST = Comparator
            .comparingLong(WordContention::casFailures).reversed()
            .thenComparing(Comparator.comparingLong(WordContention::casAttempts).reversed())
            .thenComparingInt(WordContention::chunk)
            .thenComparingLong(WordContention::word);

    private final List<ThreadContention> threads;
    private final List<WordContention> words;

    TraceContention(List<ThreadContention> threads, List<WordContention> words) {
        this.threads = List.copyOf(threads);
        List<WordContention> sorted = new ArrayList<>(words);
        sorted.sort(HOTTEST);
        this.words = List.copyOf(sorted);
    }

    /** Each thread's counts, by thread number. */
    public List<ThreadContention> threads() {
        return threads;
    }

    /** Every thread's counts summed, as thread -1. */
    public ThreadContention total() {
        long attempts = 0;
        long failures = 0;
        long rollbacks = 0;
        long retries = 0;
        long allocs = 0;
        for (ThreadContention thread : threads) {
            attempts += thread.casAttempts();
            failures += thread.casFailures();
            rollbacks += thread.rollbacks();
            retries += thread.retries();
            allocs += thread.allocs();
        }
        return new ThreadContention(-1, attempts, failures, rollbacks, retries, allocs);
    }

    /** Every word that saw a CAS, hottest first (most failures, then most attempts). */
    public List<WordContention> words() {
        return words;
    }

    /** The {@code count} hottest words, or all when fewer saw a CAS. */
    public List<WordContention> hottestWords(int count) {
        return words.subList(0, Math.min(count, words.size()));
    }
}
