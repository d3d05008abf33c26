package dev.poolscope.trace.sched;

import dev.poolscope.trace.Event;
import dev.poolscope.trace.EventKind;

import java.util.Objects;

/**
 * Where a segment of a {@link ScriptedSchedule} stops, as data: the thread has paused at an event
 * of a kind, at a read of a bitmap word, or at the end of an alloc or a free. Each says itself the
 * way a scenario file writes it ({@link #describe()}).
 */
public sealed interface Until {

    /** True when a thread paused at {@code paused} has met the condition once more. */
    boolean metAt(Event paused);

    /** "it reaches RETRY", "it reads word 1", "it ends an operation". */
    String describe();

    /** The thread has recorded an event of {@code kind}. */
    static Until reaches(EventKind kind) {
        return new Reaches(kind);
    }

    /** The thread has read bitmap word {@code word} before changing it. */
    static Until readsWord(int word) {
        return new ReadsWord(word);
    }

    /** The thread has ended an alloc or a free. */
    static Until endsOperation() {
        return new EndsOperation();
    }

    /** An event of {@code kind}. */
    record Reaches(EventKind kind) implements Until {

        public Reaches {
            Objects.requireNonNull(kind, "kind");
        }

        @Override
        public boolean metAt(Event paused) {
            return paused.kind() == kind;
        }

        @Override
        public String describe() {
            return "it reaches " + kind;
        }
    }

    /** A WORD_READ of word {@code word} of whichever chunk. */
    record ReadsWord(int word) implements Until {

        public ReadsWord {
            if (word < 0) {
                throw new IllegalArgumentException("a word index is 0 or more, not " + word);
            }
        }

        @Override
        public boolean metAt(Event paused) {
            return paused.kind() == EventKind.WORD_READ && paused.p0() == word;
        }

        @Override
        public String describe() {
            return "it reads word " + word;
        }
    }

    /** An ALLOC_END or a FREE_END. */
    record EndsOperation() implements Until {

        @Override
        public boolean metAt(Event paused) {
            return paused.kind() == EventKind.ALLOC_END || paused.kind() == EventKind.FREE_END;
        }

        @Override
        public String describe() {
            return "it ends an operation";
        }
    }
}
