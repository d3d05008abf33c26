package dev.poolscope.analysis.failure;

import java.util.Locale;

/**
 * Why an allocation of n units got nothing. The first three read the free units the search saw; the
 * fourth needs a multi-threaded run, where the free units can change between the search and the set.
 */
public enum FailureReason {

    NO_SPACE("no space", "fewer free units than asked"),
    FRAGMENTATION("fragmentation", "enough free units, no extent long enough"),
    ALIGNMENT("alignment", "an extent long enough, none at an offset the algorithm accepts"),
    LOST_RACE("lost race", "the units were free when the search began and were taken before the set landed");

    private final String label;
    private final String meaning;

    FailureReason(String label, String meaning) {
        this.label = label;
        this.meaning = meaning;
    }

    /**
     * The reason for a failed request of {@code units} units, from the state its search began on:
     * {@code free} units free (F), the longest extent {@code largest} (L), and whether the pool's
     * algorithm would have found a place in that state. A search that would have found one and still
     * failed lost its place to another thread; in a single-threaded run the state the search began on
     * is the state it failed on, so {@code algorithmFits} is false there.
     */
    public static FailureReason classify(long units, long free, long largest, boolean algorithmFits) {
        if (units < 1) {
            throw new IllegalArgumentException("a request of " + units + " units cannot fail: it takes at least 1");
        }
        if (algorithmFits) {
            return LOST_RACE;
        }
        if (free < units) {
            return NO_SPACE;
        }
        return largest < units ? FRAGMENTATION : ALIGNMENT;
    }

    /** The reason in a few words, as a table cell or a CSV column names it ("no space"). */
    public String label() {
        return label;
    }

    /** What the reason means, in one line. */
    public String meaning() {
        return meaning;
    }

    /** The column name of this reason's count in CSV output: {@code failed_no_space}, {@code failed_fragmentation}, ... */
    public String column() {
        return "failed_" + name().toLowerCase(Locale.ROOT);
    }
}
