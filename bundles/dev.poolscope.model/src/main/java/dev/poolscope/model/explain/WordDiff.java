package dev.poolscope.model.explain;

import dev.poolscope.trace.Event;

import java.util.Optional;

/**
 * One bitmap word as an event saw it: its 64 bits before and after, which of them changed, and which
 * belong to the half-done multi-word set of the event's thread (the bits a rollback would clear).
 * Bit {@code i} is bit {@code i} of the word, chunk bit {@code 64 * word + i}.
 *
 * <p>For a failed CAS the pool's word does not change at the event, so the diff shows what explains
 * the failure instead: the value the thread expected ("expected") against the value the CAS found
 * ("found"); the changed bits are then the ones another thread changed under it.
 *
 * @param chunk       the chunk
 * @param word        the word's index in the chunk's bitmap
 * @param before      the word before the event (or the value the thread expected)
 * @param after       the word after the event (or the value the CAS found)
 * @param halfDone    the bits of the thread's half-done set after the event
 * @param beforeLabel what {@code before} is: "before" or "expected"
 * @param afterLabel  what {@code after} is: "after" or "found"
 */
public record WordDiff(int chunk, int word, long before, long after, long halfDone, String beforeLabel,
        String afterLabel) {

    /** The bits that differ between before and after. */
    public long changed() {
        return before ^ after;
    }

    public boolean isSetBefore(int bit) {
        return (before >>> bit & 1) != 0;
    }

    public boolean isSetAfter(int bit) {
        return (after >>> bit & 1) != 0;
    }

    public boolean isChanged(int bit) {
        return (changed() >>> bit & 1) != 0;
    }

    public boolean isHalfDone(int bit) {
        return (halfDone >>> bit & 1) != 0;
    }

    /**
     * The word the event is about, when it is about one: the word read, swapped or stored; the word a
     * partial set or clear lost on; the first word a rollback or restore changes; the word of the
     * bit a search found or a retry starts from. Empty for events about no word (begin, end, avail, locks).
     */
    public static Optional<WordDiff> of(EventContext context) {
        Event event = context.event();
        Optional<Integer> word = wordOf(context);
        if (word.isEmpty()) {
            return Optional.empty();
        }
        int chunk = event.chunk();
        int index = word.get();
        long halfDone = HalfDoneSet.of(context.position(), event, TargetRange.of(context.position(), context.header()),
                context.rollback()).map(set -> set.bitsIn(index)).orElse(0L);
        if (event.casFailed()) {
            return Optional.of(new WordDiff(chunk, index, event.p1(), event.p3(), halfDone, "expected", "found"));
        }
        return Optional.of(new WordDiff(chunk, index, context.before().word(chunk, index),
                context.after().word(chunk, index), halfDone, "before", "after"));
    }

    private static Optional<Integer> wordOf(EventContext context) {
        Event event = context.event();
        return switch (event.kind()) {
            case WORD_READ, CAS, WORD_STORE -> Optional.of((int) event.p0());
            case PARTIAL_SET, PARTIAL_CLEAR -> Optional.of((int) ((event.p0() + event.p1() - event.p2()) >>> 6));
            // with no bit to undo, a rollback's start is on the word the set lost on: that word is shown then
            case ROLLBACK, RESTORE, RETRY -> Optional.of((int) (event.p0() >>> 6));
            case SEARCH -> Searches.found(context) ? Optional.of((int) (event.p2() >>> 6)) : Optional.empty();
            default -> Optional.empty();
        };
    }

    /** The bits of a word as text, bit 0 first, in groups of eight: "11110000 00000000 ...". */
    public static String bits(long value) {
        StringBuilder text = new StringBuilder(Long.SIZE + 7);
        for (int bit = 0; bit < Long.SIZE; bit++) {
            if (bit > 0 && bit % 8 == 0) {
                text.append(' ');
            }
            text.append((value >>> bit & 1) != 0 ? '1' : '0');
        }
        return text.toString();
    }

    /** The diff as three lines of text: before, after, and a line marking changed (^) and half-done (#) bits. */
    public String render() {
        StringBuilder marks = new StringBuilder(Long.SIZE + 7);
        for (int bit = 0; bit < Long.SIZE; bit++) {
            if (bit > 0 && bit % 8 == 0) {
                marks.append(' ');
            }
            marks.append(isChanged(bit) ? '^' : isHalfDone(bit) ? '#' : ' ');
        }
        int width = Math.max(beforeLabel.length(), afterLabel.length());
        String pad = "%-" + width + "s  ";
        return String.format(pad, beforeLabel) + bits(before) + "\n" + String.format(pad, afterLabel) + bits(after)
                + "\n" + " ".repeat(width + 2) + marks.toString().stripTrailing();
    }
}
