package dev.poolscope.analysis.capture;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which of a pool's events ran at the same time as another of its events (CAPTURE-FORMAT.md: their
 * {@code [t0, t1]} intersect and their tasks differ), and how many operations completed out of
 * their entry order.
 */
final class Overlaps {

    /** Per overlapped event's seq, the events it overlapped. */
    private final Map<Long, List<CaptureEvent>> partners = new HashMap<>();
    private final int reordered;

    /** @param events the pool's events in seq (completion) order */
    Overlaps(List<CaptureEvent> events) {
        List<CaptureEvent> byEntry = events.stream()
                .sorted(Comparator.comparingLong((CaptureEvent e) -> e.timing().t0())).toList();
        for (int i = 0; i < byEntry.size(); i++) {
            CaptureEvent a = byEntry.get(i);
            // sorted by entry: every later event that entered before a returned intersects it, and no other does
            for (int j = i + 1; j < byEntry.size() && byEntry.get(j).timing().t0() <= a.timing().t1(); j++) {
                CaptureEvent b = byEntry.get(j);
                if (a.timing().overlaps(b.timing())) {
                    partners.computeIfAbsent(a.seq(), k -> new ArrayList<>()).add(b);
                    partners.computeIfAbsent(b.seq(), k -> new ArrayList<>()).add(a);
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
        return partners.containsKey(event.seq());
    }

    /** The events {@code event} overlapped, none when it overlapped none. */
    List<CaptureEvent> partners(CaptureEvent event) {
        return partners.getOrDefault(event.seq(), List.of());
    }

    /** Allocs and frees that completed after an alloc or free that entered later than they did. */
    int reordered() {
        return reordered;
    }

    static boolean isOperation(CaptureEvent event) {
        return event instanceof CaptureEvent.Alloc || event instanceof CaptureEvent.Free;
    }
}
