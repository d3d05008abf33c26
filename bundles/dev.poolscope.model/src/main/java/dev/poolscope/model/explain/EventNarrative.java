package dev.poolscope.model.explain;

import static dev.poolscope.model.explain.Numbers.address;
import static dev.poolscope.model.explain.Numbers.count;
import static dev.poolscope.model.explain.Numbers.digitsFor;
import static dev.poolscope.model.explain.Numbers.hex;
import static dev.poolscope.model.explain.Numbers.word;

import dev.poolscope.core.LockKind;
import dev.poolscope.model.Operation;
import dev.poolscope.model.Race;
import dev.poolscope.model.Step;
import dev.poolscope.model.ThreadPosition;
import dev.poolscope.model.text.ByteSize;
import dev.poolscope.trace.Event;

import java.util.Optional;

/**
 * The current event in one sentence, as a person stepping through the trace reads it: who did what
 * to which word or chunk, with the numbers that matter, and for a failed CAS whose write made it
 * fail. Bits are numbered as bits of the chunk; words and addresses are hex, byte counts and
 * sequence numbers decimal with thousands separators.
 */
public final class EventNarrative {

    private EventNarrative() {
    }

    public static String of(EventContext context) {
        Event e = context.event();
        String who = "T" + e.thread();
        ThreadPosition position = context.position();
        return switch (e.kind()) {
            case ALLOC_BEGIN -> who + " allocates " + ByteSize.of(e.p0()) + ": " + units(e.p1(), context.unit());
            case ALLOC_END -> allocEnd(who, e, position);
            case FREE_BEGIN -> who + " frees " + ByteSize.of(e.p1()) + " at " + address(e.p0()) + ": "
                    + units((e.p1() + context.unit() - 1) / context.unit(), context.unit());
            case FREE_END -> who + "'s free of " + ByteSize.of(e.p1()) + " at " + address(e.p0()) + " is done";
            case AVAIL_READ -> availRead(who, e, position);
            case SEARCH -> search(who, e, context);
            case WORD_READ -> who + " reads word " + e.p0() + " of chunk " + e.chunk() + ": " + word(e.p1())
                    + purpose(context, (int) e.p0());
            case CAS -> e.casSucceeded() ? casSucceeded(who, e) : casFailed(who, e, context);
            case WORD_STORE -> who + " stores word " + e.p0() + " of chunk " + e.chunk() + " under the chunk lock: "
                    + pair(e.p1(), e.p2(), " → ") + ", " + changeOf(e.p0(), e.p1(), e.p2());
            case PARTIAL_SET -> who + "'s set of " + BitRanges.span(e.p0(), e.p1()) + " lost on word "
                    + lostWord(e) + ": " + e.p2() + " of " + e.p1() + " bits were not set";
            case ROLLBACK -> e.p1() == 0
                    ? who + " rolls back: it had set no bits yet, so there is nothing to clear"
                    : who + " rolls back: clearing " + BitRanges.span(e.p0(), e.p1()) + " it had set";
            case RETRY -> who + " retries: searching again from bit " + e.p0() + " (retry " + position.retries() + ")";
            case PARTIAL_CLEAR -> who + "'s free of " + BitRanges.span(e.p0(), e.p1()) + " lost on word "
                    + lostWord(e) + ": " + e.p2() + " of " + e.p1() + " bits were already clear (a double free?)";
            case RESTORE -> e.p1() == 0
                    ? who + " had cleared no bits yet, so there is nothing to set back"
                    : who + " sets " + BitRanges.span(e.p0(), e.p1()) + " back, which it had cleared";
            case AVAIL_CHANGE -> who + (e.p0() < 0
                    ? " takes " + ByteSize.of(-e.p0()) + " off chunk " + e.chunk() + "'s avail: "
                    : " gives " + ByteSize.of(e.p0()) + " back to chunk " + e.chunk() + "'s avail: ")
                    + ByteSize.of(e.p1()) + " free now";
            case LOCK_REQUEST -> who + " asks for " + lock(e);
            case LOCK_ACQUIRED -> who + " takes " + lock(e);
            case LOCK_RELEASED -> who + " releases " + lock(e);
            case LABEL -> who + "'s " + (position.operation() == Operation.FREE ? "free" : "alloc")
                    + " is called by " + context.header().label((int) e.p0());
        };
    }

    private static String allocEnd(String who, Event e, ThreadPosition position) {
        String retries = position.retries() == 0 ? ""
                : ", after " + position.retries() + (position.retries() == 1 ? " retry" : " retries");
        if (e.p1() == 0) {
            return who + "'s alloc of " + ByteSize.of(e.p0()) + " fails: it returns 0" + retries;
        }
        return who + "'s alloc of " + ByteSize.of(e.p0()) + " returns " + address(e.p1()) + " in chunk " + position.chunk()
                + retries;
    }

    private static String availRead(String who, Event e, ThreadPosition position) {
        String read = who + " reads chunk " + e.chunk() + "'s avail: " + ByteSize.of(e.p0()) + " free, ";
        return Long.compareUnsigned(position.size(), e.p0()) <= 0
                ? read + "enough for " + ByteSize.of(position.size()) + ", so it searches the chunk"
                : read + "less than " + ByteSize.of(position.size()) + ", so it skips the chunk";
    }

    private static String search(String who, Event e, EventContext context) {
        String search = who + " searches chunk " + e.chunk() + " for " + e.p1() + " free bits from bit " + e.p0() + ": ";
        return Searches.found(context)
                ? search + "found " + BitRanges.span(e.p2(), e.p1()) + " (" + address(context.position().address()) + ")"
                : search + "found nothing";
    }

    /** What a thread reads a word for: the bits of its range there that it will set or clear. */
    private static String purpose(EventContext context, int word) {
        ThreadPosition position = context.position();
        Optional<TargetRange> target = TargetRange.of(position, context.header());
        long bits = target.map(range -> range.bitsIn(word)).orElse(0L);
        if (bits == 0) {
            return "";
        }
        boolean clearing = position.step() == Step.CLEAR_WORD || position.step() == Step.ROLLBACK;
        return ", to " + (clearing ? "clear " : "set ") + BitRanges.of(word, bits);
    }

    private static String casSucceeded(String who, Event e) {
        int digits = digitsFor(e.p1(), e.p2());
        return who + " CAS on word " + e.p0() + " of chunk " + e.chunk() + ": expected " + hex(e.p1(), digits)
                + ", found it, swapped in " + hex(e.p2(), digits) + ": " + changeOf(e.p0(), e.p1(), e.p2());
    }

    /** "...failed: T1 set bits 8..11 at event 4,211; ..." with what the thread does next. */
    private static String casFailed(String who, Event e, EventContext context) {
        int digits = digitsFor(e.p1(), e.p3());
        String sentence = who + " CAS on word " + e.p0() + " of chunk " + e.chunk() + ": expected "
                + hex(e.p1(), digits) + ", found " + hex(e.p3(), digits) + ", failed: ";
        Optional<Race> race = context.race();
        long changed = e.p1() ^ e.p3();
        if (race.isPresent() && context.culprit().isPresent()) {
            Event culprit = context.culprit().get();
            // only the bits the culprit's write changed are its doing; others may have changed earlier
            long bits = changed & (culprit.p1() ^ culprit.p2());
            long shown = bits == 0 ? changed : bits;
            sentence += "T" + culprit.thread() + " " + verb(shown, culprit.p2()) + " "
                    + BitRanges.of((int) e.p0(), shown) + " at event " + count(culprit.seq());
        } else {
            sentence += BitRanges.of((int) e.p0(), changed) + " changed, but no write by another thread in the"
                    + " trace explains it";
        }
        return sentence + "; " + consequence(e);
    }

    /**
     * What set_bits or clear_bits does after the failed CAS: the mask is the CAS's own change, and
     * the loop goes on with the found value only while none of those bits is in the target state.
     */
    private static String consequence(Event e) {
        long mask = e.p1() ^ e.p2();
        boolean setting = (e.p2() & mask) == mask;
        boolean conflict = setting ? (e.p3() & mask) != 0 : (e.p3() & mask) != mask;
        if (conflict) {
            return setting ? "bits it wants are taken, so the set stops on this word"
                    : "bits it would clear are already clear, so the clear stops on this word";
        }
        return "none of its bits is affected, so it tries again with " + word(e.p3());
    }

    private static String verb(long bits, long after) {
        if ((after & bits) == bits) {
            return "set";
        }
        return (after & bits) == 0 ? "cleared" : "changed";
    }

    /** "set bits 60..63" or "cleared bits 0..3": what a successful write did to the word. */
    private static String changeOf(long word, long before, long after) {
        long set = after & ~before;
        long cleared = before & ~after;
        String text = set != 0 ? "set " + BitRanges.of((int) word, set) : "";
        if (cleared != 0) {
            text += (text.isEmpty() ? "" : " and ") + "cleared " + BitRanges.of((int) word, cleared);
        }
        return text.isEmpty() ? "no bit changed" : text;
    }

    private static String pair(long before, long after, String between) {
        int digits = digitsFor(before, after);
        return hex(before, digits) + between + hex(after, digits);
    }

    private static long lostWord(Event partial) {
        return (partial.p0() + partial.p1() - partial.p2()) >>> 6;
    }

    private static String lock(Event e) {
        LockKind kind = LockKind.values()[(int) e.p0()];
        return switch (kind) {
            case POOL_READ -> "the pool's lock, shared (read)";
            case POOL_WRITE -> "the pool's lock, exclusive (write)";
            case CHUNK -> "chunk " + e.chunk() + "'s lock";
        };
    }

    private static String units(long nbits, long unit) {
        return count(nbits) + (nbits == 1 ? " unit" : " units") + " of " + ByteSize.of(unit);
    }
}
