package dev.poolscope.model.explain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * One chunk's owned bits as disjoint runs in bit order. The candidates may overlap (an allocation
 * whose free has cleared its bits stays live until the free ends, and another may set them before):
 * each bit goes to the candidate of highest priority covering it.
 */
final class OwnerRuns {

    /** A run of bits {@code [start, end)} and its owner. */
    record Run(long start, long end, long priority, BitOwner owner) {

        Run from(long newStart) {
            return new Run(newStart, end, priority, owner);
        }

        Run until(long newEnd) {
            return new Run(start, newEnd, priority, owner);
        }
    }

    private final List<Run> runs;

    private OwnerRuns(List<Run> runs) {
        this.runs = runs;
    }

    /** The runs of {@code candidates}, overlaps resolved by priority. */
    static OwnerRuns of(List<Run> candidates) {
        PriorityQueue<Run> queue = new PriorityQueue<>(Math.max(1, candidates.size()),
                Comparator.comparingLong(Run::start).thenComparing(Comparator.comparingLong(Run::priority).reversed()));
        queue.addAll(candidates);
        List<Run> out = new ArrayList<>();
        while (!queue.isEmpty()) {
            Run run = queue.poll();
            Run last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && last.end() > run.start()) {
                if (last.priority() >= run.priority()) {
                    // the run loses the bits the last one holds; what passes its end comes back in order
                    if (run.end() > last.end()) {
                        queue.add(run.from(last.end()));
                    }
                    continue;
                }
                out.remove(out.size() - 1);
                if (last.start() < run.start()) {
                    out.add(last.until(run.start()));
                }
                if (last.end() > run.end()) {
                    queue.add(last.from(run.end()));
                }
            }
            out.add(run);
        }
        return new OwnerRuns(out);
    }

    /** The index of the last run starting at or before {@code bit}, or -1. */
    int floor(long bit) {
        int low = 0;
        int high = runs.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (runs.get(middle).start() <= bit) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low - 1;
    }

    int size() {
        return runs.size();
    }

    Run get(int index) {
        return runs.get(index);
    }
}
