package dev.poolscope.ui.session;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The chunk the user picked in the Pools view or the Heat Grid, by its position in list order, or
 * none: the views that read one chunk or the whole pool (Fragmentation) follow it. UI thread only.
 */
public final class ChunkChoice {

    private static final ChunkChoice WORKBENCH = new ChunkChoice(Sessions.workbench());

    // copy-on-write: a listener may remove itself (its view closing) while being told
    private final List<Consumer<OptionalInt>> listeners = new CopyOnWriteArrayList<>();
    private OptionalInt chunk = OptionalInt.empty();

    /** A choice that goes back to the whole pool whenever {@code sessions} opens or closes a trace (other chunks). */
    public ChunkChoice(Sessions sessions) {
        sessions.addListener(new SessionListener() {
            @Override
            public void sessionChanged(Optional<TraceSession> session) {
                choose(OptionalInt.empty());
            }

            @Override
            public void seqChanged(TraceSession session, long seq) {
                // the same chunks: the choice stands
            }
        });
    }

    /** The workbench's choice. */
    public static ChunkChoice workbench() {
        return WORKBENCH;
    }

    /** The chunk picked, or empty for the whole pool. */
    public OptionalInt chunk() {
        return chunk;
    }

    /** Picks {@code picked} (empty: the whole pool) and tells the listeners when that is a change. */
    public void choose(OptionalInt picked) {
        if (!picked.equals(chunk)) {
            chunk = picked;
            for (Consumer<OptionalInt> listener : listeners) {
                listener.accept(picked);
            }
        }
    }

    public void addListener(Consumer<OptionalInt> listener) {
        listeners.add(listener);
    }

    public void removeListener(Consumer<OptionalInt> listener) {
        listeners.remove(listener);
    }
}
