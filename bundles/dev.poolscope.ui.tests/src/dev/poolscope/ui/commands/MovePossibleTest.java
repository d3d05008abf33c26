package dev.poolscope.ui.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.poolscope.model.ReplayModel;
import dev.poolscope.testkit.Recorded;
import dev.poolscope.testkit.WatchedTrace;
import dev.poolscope.trace.scenario.Scenarios;

import org.junit.jupiter.api.Test;

/**
 * A command's enablement, asked after every step, agrees with where the move goes, and for the steps of
 * any thread and the landmarks it does so without reading the trace.
 */
class MovePossibleTest {

    @Test
    void everyMoveIsPossibleExactlyWhereItHasATargetAndStepsOfAnyThreadReadNothing() throws Exception {
        WatchedTrace trace = new WatchedTrace(Recorded.scenario(Scenarios.byName("cross-word-rollback")).trace());
        ReplayModel model = ReplayModel.open(trace, 8);
        for (long seq = model.firstSeq(); seq <= model.lastSeq(); seq++) {
            for (Move move : Move.values()) {
                assertEquals(move.target(model, seq).isPresent(), move.possible(model, seq), move + " at " + seq);
            }
            int before = trace.reads();
            for (Move move : Move.values()) {
                if (move != Move.CURRENT_THREAD_FORWARD && move != Move.CURRENT_THREAD_BACK) {
                    move.possible(model, seq);
                }
            }
            assertEquals(before, trace.reads(), "enablement read the trace at " + seq);
        }
    }
}
