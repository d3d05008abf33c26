package dev.poolscope.trace;

import java.util.Arrays;

/**
 * The units of one chunk that are set, as runs in unit order: each run a start unit and a length,
 * sorted, each at least one unit long, none overlapping or touching the next (runs are maximal, so a
 * set of units has exactly one list of runs). Immutable; 8 bytes a run.
 */
public final class UnitRuns {

    /** No unit set. */
    public static final UnitRuns NONE = new UnitRuns(new int[0], new int[0]);

    private final int[] starts;
    private final int[] lengths;

    private UnitRuns(int[] starts, int[] lengths) {
        this.starts = starts;
        this.lengths = lengths;
    }

    /**
     * The runs {@code startsAndLengths[0] +[1]}, {@code [2] +[3]}, ...
     *
     * @throws IllegalArgumentException when a run is empty, negative, past 2^31 units, or does not
     *                                  start after the previous run's end plus one
     */
    public static UnitRuns of(long... startsAndLengths) {
        if (startsAndLengths.length % 2 != 0) {
            throw new IllegalArgumentException("runs come as start, length pairs; got " + startsAndLengths.length + " numbers");
        }
        int count = startsAndLengths.length / 2;
        int[] starts = new int[count];
        int[] lengths = new int[count];
        long previousEnd = -1;
        for (int i = 0; i < count; i++) {
            long start = startsAndLengths[2 * i];
            long length = startsAndLengths[2 * i + 1];
            String problem = problem(previousEnd, start, length, Integer.MAX_VALUE);
            if (problem != null) {
                throw new IllegalArgumentException("run " + i + ": " + problem);
            }
            starts[i] = (int) start;
            lengths[i] = (int) length;
            previousEnd = start + length;
        }
        return count == 0 ? NONE : new UnitRuns(starts, lengths);
    }

    /**
     * Why a run of {@code length} units at {@code start} cannot follow a run ending at
     * {@code previousEnd} (-1 for the first run) in a chunk of {@code units} units, or null when it can.
     */
    public static String problem(long previousEnd, long start, long length, long units) {
        if (start < 0 || start >= units) {
            return "run at unit " + Long.toUnsignedString(start) + " is outside the chunk's " + units + " units";
        }
        if (start <= previousEnd) {
            return "run at unit " + start + " does not start after the previous run, which ends at unit " + previousEnd
                    + " (runs are sorted and neither overlap nor touch)";
        }
        if (length <= 0) {
            return "run at unit " + start + " has length " + Long.toUnsignedString(length) + "; a run has at least one unit";
        }
        if (length > units - start) {
            return "run at unit " + start + " of " + length + " units runs past the chunk's " + units + " units";
        }
        return null;
    }

    /** The runs of the set bits {@code [0, bitCount)} of {@code words} (bit i is bit i%64 of word i/64). */
    public static UnitRuns ofBitmap(long[] words, long bitCount) {
        long[] pairs = new long[16];
        int count = 0;
        long bit = 0;
        while (bit < bitCount) {
            long start = nextWithValue(words, bit, bitCount, true);
            if (start >= bitCount) {
                break;
            }
            long end = nextWithValue(words, start, bitCount, false);
            if (2 * count + 2 > pairs.length) {
                pairs = Arrays.copyOf(pairs, pairs.length * 2);
            }
            pairs[2 * count] = start;
            pairs[2 * count + 1] = end - start;
            count++;
            bit = end;
        }
        return of(Arrays.copyOf(pairs, 2 * count));
    }

    /** The first bit at or after {@code from} (below {@code limit}) that is set when {@code set}, clear otherwise; else {@code limit}. */
    private static long nextWithValue(long[] words, long from, long limit, boolean set) {
        long bit = from;
        while (bit < limit) {
            int word = (int) (bit >>> 6);
            long value = set ? words[word] : ~words[word];
            long ahead = value & (-1L << bit);
            if (ahead != 0) {
                return Math.min(limit, ((long) word << 6) + Long.numberOfTrailingZeros(ahead));
            }
            bit = ((long) word + 1) << 6;
        }
        return limit;
    }

    public int count() {
        return starts.length;
    }

    public boolean isEmpty() {
        return starts.length == 0;
    }

    /** The first unit of run {@code run}. */
    public long start(int run) {
        return starts[run];
    }

    public long length(int run) {
        return lengths[run];
    }

    /** The unit after run {@code run}. */
    public long end(int run) {
        return (long) starts[run] + lengths[run];
    }

    /** Units in all runs. */
    public long units() {
        long units = 0;
        for (int length : lengths) {
            units += length;
        }
        return units;
    }

    /** The unit after the last run, 0 when there is none. */
    public long last() {
        return isEmpty() ? 0 : end(count() - 1);
    }

    /** Sets the runs' bits in {@code words}, a chunk's bitmap. */
    public void setInto(long[] words) {
        for (int run = 0; run < starts.length; run++) {
            for (long bit = starts[run]; bit < end(run); bit = (bit | 63) + 1) {
                long wordEnd = Math.min(end(run), (bit | 63) + 1);
                long mask = wordEnd - bit == 64 ? -1L : ((1L << (wordEnd - bit)) - 1) << bit;
                words[(int) (bit >>> 6)] |= mask;
            }
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof UnitRuns runs && Arrays.equals(starts, runs.starts) && Arrays.equals(lengths, runs.lengths);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(starts) * 31 + Arrays.hashCode(lengths);
    }

    /** "[0+16, 40+3]": each run as start+length. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("[");
        for (int run = 0; run < starts.length; run++) {
            text.append(run == 0 ? "" : ", ").append(starts[run]).append('+').append(lengths[run]);
        }
        return text.append(']').toString();
    }
}
