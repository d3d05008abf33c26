package dev.poolscope.model.timeline;

/**
 * What each lane shows in each pixel column of the lane area: the {@link Activity} flags of the
 * operations that overlap the column, and the strongest {@link Mark} among its events. This is
 * all the painter needs, whatever the zoom: its size is threads × width, never events.
 */
public final class LaneColumns {

    private final int threads;
    private final int width;
    private final byte[] activity;
    private final byte[] marks;

    public LaneColumns(int threads, int width) {
        this.threads = threads;
        this.width = width;
        this.activity = new byte[threads * width];
        this.marks = new byte[threads * width];
    }

    public int threads() {
        return threads;
    }

    public int width() {
        return width;
    }

    /** Adds {@code flags} to columns {@code from..to} (both included, clipped to the lane area) of {@code thread}'s lane. */
    public void addActivity(int thread, long from, long to, int flags) {
        int first = (int) Math.max(0, from);
        int last = (int) Math.min(width - 1L, to);
        for (int column = first; column <= last; column++) {
            activity[thread * width + column] |= (byte) flags;
        }
    }

    /** Keeps {@code mark} in {@code column} of {@code thread}'s lane when it is stronger than the one there; ignores columns outside. */
    public void addMark(int thread, long column, Mark mark) {
        if (column >= 0 && column < width) {
            int index = thread * width + (int) column;
            marks[index] = (byte) Math.max(marks[index], mark.ordinal());
        }
    }

    public int activity(int thread, int column) {
        return activity[thread * width + column];
    }

    public Mark mark(int thread, int column) {
        return Mark.byOrdinal(marks[thread * width + column]);
    }
}
