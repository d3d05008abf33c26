package dev.poolscope.trace.file;

/**
 * What a damaged trace lost, for whoever passes its events on (an export says it too).
 *
 * @param events  the events known lost (see {@link TraceFile#eventLoss()})
 * @param summary what is damaged, in words, e.g. "torn last block: the 312 bytes from byte 65 536 to the end were lost"
 */
public record EventLoss(long events, String summary) {

    /** An intact trace. */
    public static final EventLoss NONE = new EventLoss(0, "intact");

    public boolean damaged() {
        return !equals(NONE);
    }
}
