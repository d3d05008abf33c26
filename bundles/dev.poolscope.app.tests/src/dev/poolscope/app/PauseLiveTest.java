package dev.poolscope.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.poolscope.core.Chunk;
import dev.poolscope.core.GenPool;
import dev.poolscope.testkit.swt.UiEvents;
import dev.poolscope.ui.commands.PoolscopeCommands;
import dev.poolscope.ui.live.DemoWorkload;
import dev.poolscope.ui.live.SharedDemo;
import dev.poolscope.ui.mode.ModeText;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Pause Live holds the demo's pool still and Resume lets it change again, told in the status line. */
@ExtendWith(InWorkbench.class)
class PauseLiveTest {

    /** How long a paused pool is watched for changes: the demo makes hundreds of operations in this time. */
    private static final long WATCH_MILLIS = 500;

    @Test
    void pausedPoolHoldsStillAndChangesAgainOnResume() throws Exception {
        DemoWorkload demo = SharedDemo.acquire();
        try {
            UiEvents.until(() -> demo.pool().avail() < demo.pool().size(), "the demo to allocate");
            Workbenches.run(PoolscopeCommands.PAUSE_LIVE);
            assertTrue(SharedDemo.isPaused() && demo.isPaused());
            long[][] paused = bits(demo.pool());
            long until = System.currentTimeMillis() + WATCH_MILLIS;
            UiEvents.until(() -> System.currentTimeMillis() >= until, "the watch to end");
            assertArrayEquals(paused, bits(demo.pool()), "the pool changed while paused");
            assertTrue(Workbenches.statusTexts().contains(ModeText.liveStatus(true)),
                    () -> "status line: " + Workbenches.statusTexts());

            Workbenches.run(PoolscopeCommands.PAUSE_LIVE);
            UiEvents.until(() -> !Arrays.deepEquals(paused, bits(demo.pool())), "the resumed demo to change the pool");
            assertTrue(Workbenches.statusTexts().contains(ModeText.liveStatus(false)),
                    () -> "status line: " + Workbenches.statusTexts());
        } finally {
            SharedDemo.setPaused(false);
            SharedDemo.release();
        }
    }

    /** Every chunk's bitmap words. */
    private static long[][] bits(GenPool pool) {
        return pool.chunks().stream().map(PauseLiveTest::words).toArray(long[][]::new);
    }

    private static long[] words(Chunk chunk) {
        long[] words = new long[chunk.bitmap().wordCount()];
        chunk.bitmap().copyWords(words);
        return words;
    }
}
