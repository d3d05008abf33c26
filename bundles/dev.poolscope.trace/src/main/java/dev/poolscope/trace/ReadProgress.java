package dev.poolscope.trace;

import java.util.function.LongConsumer;

/**
 * How a one-pass reader of a trace reports progress: it tells a listener the events read so far
 * every {@value #EVENTS} events. Every pass ({@link TracePass}, whatever builders it feeds) counts
 * with this class, so a progress bar sizes a pass from {@link #reports(long)} alone.
 */
public final class ReadProgress {

    /** Events between two reports. */
    public static final int EVENTS = 1 << 16;

    private final LongConsumer listener;
    private long read;

    /**
     * @param listener told the events read so far; it stops the reading by throwing an unchecked
     *                 exception, which passes out of {@link #eventRead()}
     */
    public ReadProgress(LongConsumer listener) {
        this.listener = listener;
    }

    /** Counts one event read, and tells the listener when another {@value #EVENTS} have been read. */
    public void eventRead() {
        if (++read % EVENTS == 0) {
            listener.accept(read);
        }
    }

    /** The reports a pass over {@code events} events makes, plus one: the units of its progress bar. */
    public static int reports(long events) {
        return (int) Math.min(Integer.MAX_VALUE, events / EVENTS + 1);
    }
}
