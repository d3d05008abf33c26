package dev.poolscope.model.explain;

import dev.poolscope.model.Operation;
import dev.poolscope.model.Rollback;
import dev.poolscope.model.Step;
import dev.poolscope.model.ThreadPosition;
import dev.poolscope.trace.Event;
import dev.poolscope.trace.EventKind;

import java.util.Optional;

/**
 * The bits a thread holds of a multi-word set it has not finished: set by it, word by word from the
 * lowest, and to be cleared again if the set loses on a later word. Read from the thread's position
 * and its last event alone, because the set's order makes the held words a contiguous run:
 * <ul>
 * <li>while setting word {@code w}, it holds every word of the range below {@code w}, and {@code w}
 * too once its swap (or store) there succeeded, unless {@code w} was the last word: the set is then whole;</li>
 * <li>while rolling back, it holds the words the rollback has not cleared yet.</li>
 * </ul>
 */
final class HalfDoneSet {

    private HalfDoneSet() {
    }

    /** The bits of word {@code word} that the set of {@code position} holds half-done, after {@code last}. */
    static long bitsIn(int word, ThreadPosition position, Event last, Optional<TargetRange> target,
            Optional<Rollback> rollback) {
        if (position.operation() != Operation.ALLOC || target.isEmpty()
                || target.get().firstWord() == target.get().lastWord()) {
            return 0;
        }
        TargetRange range = target.get();
        boolean wordDone = (last.casSucceeded() || last.kind() == EventKind.WORD_STORE) && last.p0() == position.word();
        int firstHeld = range.firstWord();
        int endHeld; // exclusive
        if (position.step() == Step.SET_WORD) {
            boolean whole = wordDone && position.word() == range.lastWord();
            endHeld = whole ? firstHeld : position.word() + (wordDone ? 1 : 0);
        } else if (position.step() == Step.ROLLBACK) {
            // before the rollback's first swap the lost word is the thread's word; afterwards the rollback names it
            endHeld = rollback.map(Rollback::lostWord).orElse(position.word());
            boolean clearing = last.kind() == EventKind.WORD_READ || last.kind() == EventKind.CAS;
            if (clearing) {
                firstHeld = position.word() + (wordDone ? 1 : 0);
            }
        } else {
            return 0;
        }
        return word >= firstHeld && word < endHeld ? range.bitsIn(word) : 0;
    }
}
