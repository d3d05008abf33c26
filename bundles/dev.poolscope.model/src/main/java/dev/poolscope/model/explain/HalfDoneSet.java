package dev.poolscope.model.explain;

import dev.poolscope.core.WordMasks;
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
 *
 * @param thread      the setting thread
 * @param chunk       the chunk
 * @param startBit    the first bit held
 * @param nbits       bits held (at least one)
 * @param rollingBack true once the set has lost: a rollback is clearing (or about to clear) these bits
 */
public record HalfDoneSet(int thread, int chunk, long startBit, long nbits, boolean rollingBack) {

    /** The half-done set of {@code position}, after its last event {@code last}; empty when it holds no bit of one. */
    static Optional<HalfDoneSet> of(ThreadPosition position, Event last, Optional<TargetRange> target,
            Optional<Rollback> rollback) {
        if (position.operation() != Operation.ALLOC || target.isEmpty()
                || target.get().firstWord() == target.get().lastWord()) {
            return Optional.empty();
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
            return Optional.empty();
        }
        long start = Math.max(range.start(), (long) firstHeld << 6);
        long end = Math.min(range.start() + range.nbits(), (long) endHeld << 6);
        return start < end
                ? Optional.of(new HalfDoneSet(position.thread(), range.chunk(), start, end - start,
                        position.step() == Step.ROLLBACK))
                : Optional.empty();
    }

    /** The bits of word {@code word} of the set's chunk that it holds (0 outside them). */
    public long bitsIn(int word) {
        return WordMasks.ofWord(word, startBit, startBit + nbits);
    }
}
