package dev.poolscope.ui.commands;

import dev.poolscope.model.Landmark;
import dev.poolscope.model.ReplayModel;
import dev.poolscope.trace.Event;

import java.io.IOException;
import java.util.Optional;
import java.util.OptionalLong;

/** Where a step through the open trace goes from the event the views show. */
enum Move {
    STEP_FORWARD((model, seq) -> model.nextEvent(seq)),
    STEP_BACK((model, seq) -> model.previousEvent(seq)),
    NEXT_RACE(next(Landmark.RACE)),
    PREVIOUS_RACE(previous(Landmark.RACE)),
    NEXT_ROLLBACK(next(Landmark.ROLLBACK)),
    PREVIOUS_ROLLBACK(previous(Landmark.ROLLBACK)),
    NEXT_RETRY(next(Landmark.RETRY)),
    PREVIOUS_RETRY(previous(Landmark.RETRY)),
    NEXT_FAILURE(next(Landmark.FAILURE)),
    PREVIOUS_FAILURE(previous(Landmark.FAILURE)),
    RUN_TO_END((model, seq) -> seq < model.lastSeq() ? OptionalLong.of(model.lastSeq()) : OptionalLong.empty()),
    BACK_TO_START((model, seq) -> seq > model.firstSeq() ? OptionalLong.of(model.firstSeq()) : OptionalLong.empty()),
    /** The next event of the thread whose event the views show. */
    CURRENT_THREAD_FORWARD((model, seq) -> {
        Optional<Event> current = model.eventAt(seq);
        return current.isPresent() ? model.nextEventOf(current.get().thread(), seq) : OptionalLong.empty();
    }),
    /** The previous event of the thread whose event the views show. */
    CURRENT_THREAD_BACK((model, seq) -> {
        Optional<Event> current = model.eventAt(seq);
        return current.isPresent() ? model.previousEventOf(current.get().thread(), seq) : OptionalLong.empty();
    });

    /** Finds a move's event in the model. */
    @FunctionalInterface
    private interface Target {
        OptionalLong from(ReplayModel model, long seq) throws IOException;
    }

    private final Target target;

    Move(Target target) {
        this.target = target;
    }

    /** The event this move goes to from {@code seq}, or empty when it cannot move. */
    OptionalLong target(ReplayModel model, long seq) throws IOException {
        return target.from(model, seq);
    }

    /**
     * Whether this move goes anywhere from {@code seq}: what a command's enablement asks after every step.
     * A step of any thread answers from the model's bounds (its first and last seqs are events), the
     * landmarks from their index; neither reads the trace. A step of the current thread still finds its
     * target, which reads the events up to the next checkpoint.
     */
    boolean possible(ReplayModel model, long seq) throws IOException {
        return switch (this) {
            case STEP_FORWARD -> seq < model.lastSeq();
            case STEP_BACK -> seq > model.firstSeq();
            default -> target(model, seq).isPresent();
        };
    }

    private static Target next(Landmark landmark) {
        return (model, seq) -> model.next(landmark, seq);
    }

    private static Target previous(Landmark landmark) {
        return (model, seq) -> model.previous(landmark, seq);
    }
}
