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

    /** "event 1,233 of 8,999". */
    public static String position(long seq, long lastSeq) {
        return String.format(Locale.ROOT, "event %,d of %,d", seq, lastSeq); // as the Step Inspector writes them
    }

    /**
     * The line over a view of a branch open beside its parent, for the trace the view shows:
     * "Branch b.pstrace: its parent p.pstrace's events up to 41, then T1 takes the next step", or
     * "Parent p.pstrace of the branch b.pstrace, which parts from it after event 41".
     */
    public static String pairLine(boolean parent, String branch, String parentName, long branchEvent, int thread) {
        return parent ? String.format(Locale.ROOT, "Parent %s of the branch %s, which parts from it after event %,d",
                parentName, branch, branchEvent)
                : String.format(Locale.ROOT, "Branch %s: its parent %s's events up to %,d, then T%d takes the next step",
                        branch, parentName, branchEvent, thread);
    }

    /** "DIFF · 12 bits differ between b.pstrace and its parent p.pstrace after event 41", the Heat Grid's top line in diff mode. */
    public static String diffHeading(long differing, String branch, String parent, long seq) {
        return String.format(Locale.ROOT, "DIFF · %s between %s and its parent %s after event %,d",
                differing == 0 ? "no bit differs" : differing == 1 ? "1 bit differs" : String.format(Locale.ROOT,
                        "%,d bits differ", differing), branch, parent, seq);
    }
}
