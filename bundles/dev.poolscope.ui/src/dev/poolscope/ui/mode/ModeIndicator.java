package dev.poolscope.ui.mode;

import dev.poolscope.ui.live.SharedDemo;
import dev.poolscope.ui.session.SessionListener;
import dev.poolscope.ui.session.Sessions;
import dev.poolscope.ui.session.TraceSession;

import java.util.Optional;
import java.util.function.Consumer;

/**
 * Keeps a window's title and a status line item saying which mode the workbench is in ({@link
 * ModeText}): told by the workbench's sessions and by the live demo's pause switch.
 */
public final class ModeIndicator implements SessionListener, AutoCloseable {

    private final Consumer<String> title;
    private final Consumer<String> status;
    private final Runnable pauseChanged = this::show;

    private ModeIndicator(Consumer<String> title, Consumer<String> status) {
        this.title = title;
        this.status = status;
    }

    /** Shows the mode now and after every change, until {@link #close()}. */
    public static ModeIndicator start(Consumer<String> title, Consumer<String> status) {
        ModeIndicator indicator = new ModeIndicator(title, status);
        Sessions.workbench().addListener(indicator);
        SharedDemo.addPauseListener(indicator.pauseChanged);
        indicator.show();
        return indicator;
    }

    @Override
    public void sessionChanged(Optional<TraceSession> session) {
        show();
    }

    @Override
    public void seqChanged(TraceSession session, long seq) {
        show();
    }

    /** Stops following the mode. */
    @Override
    public void close() {
        Sessions.workbench().removeListener(this);
        SharedDemo.removePauseListener(pauseChanged);
    }

    private void show() {
        Optional<TraceSession> session = Sessions.workbench().current();
        if (session.isPresent()) {
            long seq = Sessions.workbench().seq();
            long last = session.get().model().lastSeq();
            String shown = session.get().name() + Sessions.workbench().parent().map(p -> " beside its parent " + p.name())
                    .orElse("");
            title.accept(ModeText.traceTitle(shown, seq, last));
            status.accept(ModeText.traceStatus(seq, last));
        } else {
            title.accept(ModeText.liveTitle());
            status.accept(ModeText.liveStatus(SharedDemo.isPaused()));
        }
    }
}
