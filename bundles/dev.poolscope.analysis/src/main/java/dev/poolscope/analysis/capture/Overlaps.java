package dev.poolscope.analysis.capture;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which of a pool's events ran at the same time as another of its events (CAPTURE-FORMAT.md: their
 * {@code [t0, t1]} intersect and their tasks differ), and how many operations completed out of
 * their entry order.
 */
final class Overlaps {

    private final Set<Long> overlapped = new HashSet<>();
    private final int reordered;

    /** @param events the pool's events in seq (completion) order */
    Overlaps(List<CaptureEvent> events) {
        List<EventTiming> byEntry = events.stream().map(CaptureEvent::timing)
                .sorted(Comparator.comparingLong(EventTiming::t0)).toList();
        for (int i = 0; i < byEntry.size(); i++) {
            EventTiming a = byEntry.get(i);
            // sorted by entry: every later event that entered before a returned intersects it, and no other does
            for (int j = i + 1; j < byEntry.size() && byEntry.get(j).t0() <= a.t1(); j++) {
                if (a.overlaps(byEntry.get(j))) {
                    overlapped.add(a.seq());
                    overlapped.add(byEntry.get(j).seq());
                }
            }
        }
        int late = 0;
        long latestEntry = Long.MIN_VALUE;
        for (CaptureEvent event : events) {
            if (isOperation(event)) {
                late += event.timing().t0() < latestEntry ? 1 : 0;
                latestEntry = Math.max(latestEntry, event.timing().t0());
            }
        }
        this.reordered = late;
    }

    /** True when {@code event} overlapped another event of the pool. */
    boolean overlapped(CaptureEvent event) {
        return overlapped.contains(event.seq());
    }

    /** Allocs and frees that completed after an alloc or free that entered later than they did. */
    int reordered() {
        return reordered;
    }

    static boolean isOperation(CaptureEvent event) {
        return event instanceof CaptureEvent.Alloc || event instanceof CaptureEvent.Free;
    }
}
