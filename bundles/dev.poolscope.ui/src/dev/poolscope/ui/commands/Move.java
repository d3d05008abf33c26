package dev.poolscope.ui.commands;

import dev.poolscope.model.Landmark;
import dev.poolscope.model.ReplayModel;
import dev.poolscope.trace.Event;

import java.io.IOException;
import java.util.Optional;
import java.util.OptionalLong;

/** Where a step through the open trace goes from the event the views show. */
enum Move {
    STEP_FORWARD {
        @Override
        OptionalLong target(ReplayModel model, long seq) throws IOException {
            return model.nextEvent(seq);
        }
    },
    STEP_BACK {
        @Override
        OptionalLong target(ReplayModel model, long seq) throws IOException {
            return model.previousEvent(seq);
        }
    },
    NEXT_RACE {
        @Override
        OptionalLong target(ReplayModel model, long seq) {
            return model.next(Landmark.RACE, seq);
        }
    },
    PREVIOUS_RACE {
        @Override
        OptionalLong target(ReplayModel model, long seq) {
            return model.previous(Landmark.RACE, seq);
        }
    },
    NEXT_ROLLBACK {
        @Override
        OptionalLong target(ReplayModel model, long seq) {
            return model.next(Landmark.ROLLBACK, seq);
        }
    },
    PREVIOUS_ROLLBACK {
        @Override
        OptionalLong target(ReplayModel model, long seq) {
            return model.previous(Landmark.ROLLBACK, seq);
        }
    },
    NEXT_RETRY {
        @Override
        OptionalLong target(ReplayModel model, long seq) {
            return model.next(Landmark.RETRY, seq);
        }
    },
    PREVIOUS_RETRY {
        @Override
        OptionalLong target(ReplayModel model, long seq) {
            return model.previous(Landmark.RETRY, seq);
        }
    },
    RUN_TO_END {
        @Override
        OptionalLong target(ReplayModel model, long seq) {
            return seq < model.lastSeq() ? OptionalLong.of(model.lastSeq()) : OptionalLong.empty();
        }
    },
    BACK_TO_START {
        @Override
        OptionalLong target(ReplayModel model, long seq) {
            return seq > model.firstSeq() ? OptionalLong.of(model.firstSeq()) : OptionalLong.empty();
        }
    },
    /** The next event of the thread whose event the views show. */
    CURRENT_THREAD_FORWARD {
        @Override
        OptionalLong target(ReplayModel model, long seq) throws IOException {
            Optional<Event> current = model.eventAt(seq);
            return current.isPresent() ? model.nextEventOf(current.get().thread(), seq) : OptionalLong.empty();
        }
    },
    /** The previous event of the thread whose event the views show. */
    CURRENT_THREAD_BACK {
        @Override
        OptionalLong target(ReplayModel model, long seq) throws IOException {
            Optional<Event> current = model.eventAt(seq);
            return current.isPresent() ? model.previousEventOf(current.get().thread(), seq) : OptionalLong.empty();
        }
    };

    /** The event this move goes to from {@code seq}, or empty when it cannot move. */
    abstract OptionalLong target(ReplayModel model, long seq) throws IOException;
}
