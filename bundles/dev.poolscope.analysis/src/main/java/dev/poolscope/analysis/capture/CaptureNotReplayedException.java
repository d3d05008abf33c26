package dev.poolscope.analysis.capture;

/** A captured pool whose replay does not pass the fidelity check, so it is not written as a trace. */
public final class CaptureNotReplayedException extends Exception {

    private static final long serialVersionUID = 1L;

    public CaptureNotReplayedException(String message) {
        super(message);
    }
}
