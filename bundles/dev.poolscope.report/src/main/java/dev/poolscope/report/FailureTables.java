package dev.poolscope.report;

import dev.poolscope.analysis.failure.FailedAlloc;
import dev.poolscope.analysis.failure.FailureReason;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Failed allocations as report tables: the count per reason, and each failure with its numbers. */
final class FailureTables {

    /** Failures the page lists; more are in the CSV only. */
    static final int SHOWN = 20;

    private FailureTables() {
    }

    /** How many of {@code failures} have each reason, every reason listed (0 included). */
    static Map<FailureReason, Long> counts(List<FailedAlloc> failures) {
        Map<FailureReason, Long> counts = new EnumMap<>(FailureReason.class);
        for (FailureReason reason : FailureReason.values()) {
            counts.put(reason, 0L);
        }
        failures.forEach(failure -> counts.merge(failure.reason(), 1L, Long::sum));
        return counts;
    }

    /** One row per reason: its label, its count and what it means. */
    static Table byReason(List<FailedAlloc> failures) {
        List<List<String>> rows = new ArrayList<>();
        counts(failures).forEach((reason, count) -> rows.add(List.of(reason.label(), Long.toString(count),
                reason.meaning())));
        return new Table("failures-by-reason", List.of("reason", "failed", "meaning"), rows);
    }

    /** One row per failure; {@code atColumn} names what {@link FailedAlloc#at} counts. */
    static Table list(List<FailedAlloc> failures, String atColumn) {
        List<List<String>> rows = new ArrayList<>();
        for (FailedAlloc failure : failures) {
            rows.add(List.of(Long.toString(failure.at()), Integer.toString(failure.thread()),
                    Long.toString(failure.bytes()), Long.toString(failure.units()), Long.toString(failure.free()),
                    Long.toString(failure.largest()), failure.reason().label()));
        }
        return new Table("failures", List.of(atColumn, "thread", "bytes", "units", "F", "L", "reason"), rows);
    }

    /** The section's blocks: the counts, then the list. */
    static List<Block> blocks(List<FailedAlloc> failures, String atColumn) {
        return List.of(
                new Block.TableBlock(byReason(failures), "Failed allocations by reason. Fragmentation means enough "
                        + "memory was free but scattered; no space means the pool was too small for the load."),
                new Block.TableBlock(list(failures, atColumn), "Each failed allocation with the state its search "
                        + "began on: F free units, L the longest free extent. A row with F \u2265 units > L failed "
                        + "for fragmentation.", SHOWN));
    }
}
