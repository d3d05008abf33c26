package dev.poolscope.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.poolscope.testkit.Recorded;
import dev.poolscope.trace.Event;
import dev.poolscope.trace.EventKind;
import dev.poolscope.trace.sched.Schedule;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

import org.junit.jupiter.api.Test;

/** Failed allocations are landmarks: a workload that overfills a small pool is stepped from failure to failure. */
class FailureLandmarkTest {

    @Test
    void nextAndPreviousVisitEveryFailedAllocationInOrder() throws Exception {
        Recorded run = Recorded.workload(Recorded.overfilledPool(), Schedule.random(3));
        List<Long> failed = run.events().stream().filter(e -> e.kind() == EventKind.ALLOC_END && e.p1() == 0)
                .map(Event::seq).toList();
        assertTrue(failed.size() >= 2, "the workload fails allocations: " + failed.size());
        assertTrue(run.events().stream().anyMatch(e -> e.kind() == EventKind.ALLOC_END && e.p1() != 0),
                "and serves others");
        ReplayModel model = ReplayModel.open(run.trace(), 50);
        assertEquals(failed.size(), model.count(Landmark.FAILURE));
        assertEquals(failed, forwards(model));
        assertEquals(OptionalLong.of(failed.get(failed.size() - 1)), model.previous(Landmark.FAILURE, model.lastSeq() + 1));
        assertEquals(OptionalLong.empty(), model.previous(Landmark.FAILURE, failed.get(0)));
    }

    private static List<Long> forwards(ReplayModel model) throws IOException {
        List<Long> seqs = new ArrayList<>();
        for (OptionalLong seq = model.next(Landmark.FAILURE, -1); seq.isPresent();
                seq = model.next(Landmark.FAILURE, seq.getAsLong())) {
            seqs.add(seq.getAsLong());
        }
        return seqs;
    }
}
