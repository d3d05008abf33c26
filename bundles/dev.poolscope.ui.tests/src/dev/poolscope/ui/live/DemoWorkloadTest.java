package dev.poolscope.ui.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.junit.jupiter.api.Test;

/** The demo's pause: threads wait between operations, and closing still stops them. */
class DemoWorkloadTest {

    /** A guard against a hang, far above the milliseconds closing takes: not a measurement. */
    private static final Duration HANG = Duration.ofSeconds(60);

    @Test
    void closingWhilePausedStopsTheThreadsAndFreesEverything() throws Exception {
        DemoWorkload demo = DemoWorkload.start(2);
        while (demo.pool().avail() == demo.pool().size()) {
            Thread.onSpinWait(); // until a first allocation
        }
        demo.pause();
        assertTrue(demo.isPaused());
        assertTimeoutPreemptively(HANG, demo::close);
        assertEquals(demo.pool().size(), demo.pool().avail(), "the threads freed what they held on the way out");
    }

    @Test
    void resumeLetsTheThreadsGoOn() throws Exception {
        DemoWorkload demo = DemoWorkload.start(2);
        try {
            demo.pause();
            long paused = demo.pool().avail();
            demo.resume();
            assertFalse(demo.isPaused());
            assertTimeoutPreemptively(HANG, () -> {
                while (demo.pool().avail() == paused) {
                    Thread.onSpinWait();
                }
            });
        } finally {
            demo.close();
        }
    }
}
