package dev.poolscope.ui.mode;

import java.util.Locale;

/**
 * What the window title and the status line say about the mode: live (the demo, running or
 * paused) or a trace at one of its events. Events are named by their seq, as everywhere else.
 */
public final class ModeText {

    private ModeText() {
    }

    /** "Poolscope — live demo". */
    public static String liveTitle() {
        return "Poolscope — live demo";
    }

    /** "Poolscope — run.pst — event 1,233 of 8,999". */
    public static String traceTitle(String file, long seq, long lastSeq) {
        return "Poolscope — " + file + " — " + position(seq, lastSeq);
    }

    /** "LIVE · running" or "LIVE · paused". */
    public static String liveStatus(boolean paused) {
        return paused ? "LIVE · paused" : "LIVE · running";
    }

    /** "TRACE · run.pst · event 1,233 of 8,999", the Heat Grid's top line. */
    public static String traceHeading(String file, long seq, long lastSeq) {
        return "TRACE · " + file + " · " + position(seq, lastSeq);
    }

    /** "TRACE · event 1,233 of 8,999". */
    public static String traceStatus(long seq, long lastSeq) {
        return "TRACE · " + position(seq, lastSeq);
    }

    private static String position(long seq, long lastSeq) {
        return String.format(Locale.ROOT, "event %,d of %,d", seq, lastSeq); // as the Step Inspector writes them
    }
}
