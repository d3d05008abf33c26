package dev.poolscope.trace.explore;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * The races of one execution and where reversing each must be tried: source-set DPOR (Abdulla,
 * Aronis, Jonsson and Sagonas, "Optimal dynamic partial order reduction", POPL 2014, its
 * Algorithm 1 without sleep sets). Step {@code j} races step {@code i} when their threads differ,
 * their footprints conflict and nothing between them orders them (no {@code k} with
 * {@code i -> k -> j} in happens-before). For each race the threads that could start the reversed
 * order are the initials of {@code v}: the steps after {@code i} that do not happen after it,
 * then {@code j}. Trying one of them at the state before {@code i} (unless one is already tried
 * there) explores every Mazurkiewicz trace of the program, and so every outcome: the theorem of
 * that paper, which needs only that conflicting steps are the only ones that fail to commute.
 */
final class RaceAnalysis {

    /** A state before step {@code step} where one of the threads in {@code initials} (a bit each) must be tried. */
    record Reversal(int step, int initials, int preferred) {
    }

    private final List<Integer> threads;
    private final List<Footprint> footprints;
    /** Per step, the earlier steps that happen before it. */
    private final BitSet[] before;

    private RaceAnalysis(List<Integer> threads, List<Footprint> footprints) {
        this.threads = threads;
        this.footprints = footprints;
        this.before = new BitSet[threads.size()];
    }

    /** The reversals that the races of the execution with these steps ask for, in step order of the later step. */
    static List<Reversal> reversals(List<Integer> threads, List<Footprint> footprints) {
        RaceAnalysis analysis = new RaceAnalysis(threads, footprints);
        analysis.orderSteps();
        return analysis.races();
    }

    /** Same thread, or conflicting footprints: the two steps do not commute. */
    private boolean dependent(int i, int j) {
        return threads.get(i).equals(threads.get(j)) || footprints.get(i).conflictsWith(footprints.get(j));
    }

    private void orderSteps() {
        for (int j = 0; j < before.length; j++) {
            before[j] = new BitSet(j);
            for (int k = 0; k < j; k++) {
                if (!before[j].get(k) && dependent(k, j)) {
                    before[j].set(k);
                    before[j].or(before[k]);
                }
            }
        }
    }

    private List<Reversal> races() {
        List<Reversal> reversals = new ArrayList<>();
        for (int j = 0; j < before.length; j++) {
            for (int i = 0; i < j; i++) {
                if (inRace(i, j)) {
                    reversals.add(new Reversal(i, initials(i, j), threads.get(j)));
                }
            }
        }
        return reversals;
    }

    /** Different threads, conflicting, and no step between them that {@code i} happens before and that happens before {@code j}. */
    private boolean inRace(int i, int j) {
        if (threads.get(i).equals(threads.get(j)) || !footprints.get(i).conflictsWith(footprints.get(j))) {
            return false;
        }
        for (int k = i + 1; k < j; k++) {
            if (before[j].get(k) && before[k].get(i)) {
                return false;
            }
        }
        return true;
    }

    /** The threads whose first step in {@code v = notdep(i).j} has no earlier step of {@code v} before it. */
    private int initials(int i, int j) {
        List<Integer> v = new ArrayList<>();
        for (int k = i + 1; k < j; k++) {
            if (!before[k].get(i)) {
                v.add(k);
            }
        }
        v.add(j);
        int seen = 0;
        int initials = 0;
        for (int a = 0; a < v.size(); a++) {
            int step = v.get(a);
            int thread = threads.get(step);
            if ((seen & 1 << thread) == 0) {
                seen |= 1 << thread;
                boolean first = true;
                for (int b = 0; b < a && first; b++) {
                    first = !before[step].get(v.get(b));
                }
                initials |= first ? 1 << thread : 0;
            }
        }
        return initials;
    }
}
