package dev.poolscope.analysis.capture;

import dev.poolscope.core.Probe;

/**
 * What a captured pool's replay tells as it goes, for a recording of it: the probe its pool runs
 * with, and each kernel operation just before the pool steps that apply it. A fidelity check alone
 * observes nothing ({@link #NONE}).
 */
interface ReplayObserver {

    ReplayObserver NONE = new ReplayObserver() {
    };

    /** The probe of the replay's pool, told every step. */
    default Probe probe() {
        return Probe.NONE;
    }

    /**
     * {@code operation}, an alloc or a free, is about to be applied: searched, placed as the kernel
     * placed it, or freed. Told again when steps of another operation came between (an early free).
     */
    default void applying(CaptureEvent operation) {
    }
}
