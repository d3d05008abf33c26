package dev.poolscope.model.explain;

import dev.poolscope.model.PoolState;
import dev.poolscope.model.Race;
import dev.poolscope.model.ReplayModel;
import dev.poolscope.model.Rollback;
import dev.poolscope.model.RollbackIndex;
import dev.poolscope.model.Step;
import dev.poolscope.model.ThreadPosition;
import dev.poolscope.trace.Event;
import dev.poolscope.trace.EventKind;
import dev.poolscope.trace.TraceHeader;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * Everything the explanations of one event read from the model, gathered once so that the
 * narrative, the word diff and the pseudo-code lines are pure functions of it.
 *
 * @param header     the trace's header
 * @param event      the event explained
 * @param before     the pool just before the event
 * @param after      the pool just after it
 * @param race       the race, when the event is a failed CAS
 * @param culprit    the write that made that CAS fail, when the model found one
 * @param rollback   the rollback the event's thread is in, when its step is {@link Step#ROLLBACK} past the ROLLBACK event
 * @param lastEvents each thread's last event at or before this one, by thread; null for a thread that has done nothing
 */
public record EventContext(TraceHeader header, Event event, PoolState before, PoolState after, Optional<Race> race,
        Optional<Event> culprit, Optional<Rollback> rollback, List<Event> lastEvents) {

    public EventContext {
        lastEvents = Collections.unmodifiableList(new ArrayList<>(lastEvents));
    }

    /**
     * The context of event {@code seq} of {@code model}.
     *
     * @throws IllegalArgumentException when the trace has no event {@code seq}
     */
    public static EventContext at(ReplayModel model, long seq) throws IOException {
        Event event = model.eventAt(seq)
                .orElseThrow(() -> new IllegalArgumentException("the trace has no event " + seq));
        PoolState before = model.stateAt(seq - 1);
        PoolState after = model.stateAt(seq);
        Optional<Race> race = model.races().at(seq);
        Optional<Event> culprit = race.isPresent() && race.get().culpritFound()
                ? model.eventAt(race.get().culpritSeq()) : Optional.empty();
        List<Event> lastEvents = new ArrayList<>();
        for (ThreadPosition position : after.threads()) {
            lastEvents.add(position.lastSeq() < 0 ? null : model.eventAt(position.lastSeq()).orElse(null));
        }
        return new EventContext(model.header(), event, before, after, race, culprit,
                currentRollback(model.rollbacks(), event, after.thread(event.thread())), lastEvents);
    }

    /** The position of the event's thread after the event. */
    public ThreadPosition position() {
        return after.thread(event.thread());
    }

    /** Bits in the chunk of the event (or of its thread). */
    long bitCount(int chunk) {
        return header.chunks().get(chunk).size() >>> header.minAllocOrder();
    }

    /** Bytes in one bitmap unit. */
    long unit() {
        return 1L << header.minAllocOrder();
    }

    /**
     * The latest ROLLBACK event of the operation of the thread at {@code position}, while it is still
     * rolling back; {@code event} is the thread's last event.
     */
    static Optional<Rollback> currentRollback(RollbackIndex rollbacks, Event event, ThreadPosition position) {
        // at PARTIAL_SET the rollback has not begun: an earlier ROLLBACK of the operation belongs to an earlier attempt
        if (position.step() != Step.ROLLBACK || event.kind() == EventKind.PARTIAL_SET) {
            return Optional.empty();
        }
        for (int i = rollbacks.firstAtOrAfter(position.lastSeq() + 1) - 1; i >= 0; i--) {
            Rollback rollback = rollbacks.get(i);
            if (rollback.seq() < position.operationSeq()) {
                break;
            }
            if (rollback.thread() == position.thread()) {
                return Optional.of(rollback);
            }
        }
        return Optional.empty();
    }
}
