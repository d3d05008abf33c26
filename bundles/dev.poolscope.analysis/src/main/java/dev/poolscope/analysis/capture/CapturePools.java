package dev.poolscope.analysis.capture;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Groups a capture's records into pools, and chooses one of them by pointer or by caller. */
public final class CapturePools {

    private CapturePools() {
    }

    /** The pools of {@code records}, in order of first appearance; a failed create (pool 0x0) belongs to none. */
    static List<CapturedPool> group(List<CaptureRecord> records) {
        Map<Object, List<CaptureRecord>> pools = new LinkedHashMap<>();
        Map<Long, Object> current = new HashMap<>(); // pointer -> key of its live pool
        for (CaptureRecord record : records) {
            long pointer = pointerOf(record);
            if (record instanceof LostRecords || record instanceof CaptureEvent.Create c && c.pool() == 0) {
                continue;
            }
            boolean starts = record instanceof CaptureEvent.Create
                    || record instanceof PoolSnapshot s && s.why() == PoolSnapshot.Why.FIRST;
            Object key = current.get(pointer);
            if (key == null || starts) {
                key = new Object();
                current.put(pointer, key);
                pools.put(key, new ArrayList<>());
            }
            pools.get(key).add(record);
            if (record instanceof CaptureEvent.Destroy) {
                current.remove(pointer); // a later pool at this address is another pool
            }
        }
        return pools.values().stream().map(list -> new CapturedPool(pointerOf(list.get(0)), list)).toList();
    }

    /**
     * The one pool of {@code capture} that {@code pointer} (0x..., may be null) and {@code caller}
     * (a text one of its allocations' callers contains, may be null) name; with neither, the only pool.
     *
     * @throws IllegalArgumentException when no pool or more than one fits, listing the candidates
     */
    public static CapturedPool choose(Capture capture, String pointer, String caller) {
        List<CapturedPool> all = capture.pools();
        List<CapturedPool> fits = all;
        String asked = "";
        if (pointer != null) {
            long value = parsePointer(pointer);
            fits = fits.stream().filter(p -> p.pointer() == value).toList();
            asked = "pool " + pointer;
        }
        if (caller != null) {
            fits = fits.stream().filter(p -> p.callers().stream().anyMatch(c -> c.contains(caller))).toList();
            asked += (asked.isEmpty() ? "" : " with ") + "a caller containing '" + caller + "'";
        }
        if (fits.size() == 1) {
            return fits.get(0);
        }
        if (all.isEmpty()) {
            throw new IllegalArgumentException(capture.source() + " has no pool");
        }
        String problem = fits.isEmpty() ? "no " + (asked.isEmpty() ? "pool" : asked) + " in " + capture.source()
                : (asked.isEmpty() ? capture.source() + " has " + fits.size() + " pools: choose one with --pool or --caller"
                        : fits.size() + " pools fit " + asked + ": choose one with --pool");
        return failWith(problem, fits.isEmpty() ? all : fits, all);
    }

    private static CapturedPool failWith(String problem, List<CapturedPool> candidates, List<CapturedPool> all) {
        throw new IllegalArgumentException(problem + "; " + (candidates == all ? "the pools are: " : "candidates: ")
                + candidates.stream().map(p -> p.label(all) + " (" + p.allocs().size() + " allocs, callers "
                        + (p.callers().isEmpty() ? "none" : String.join(", ", p.callers())) + ")")
                        .collect(Collectors.joining("; ")));
    }

    private static long parsePointer(String text) {
        if (!text.matches("0x[0-9a-fA-F]{1,16}")) {
            throw new IllegalArgumentException("pool pointer '" + text + "' is not 0x and up to 16 hex digits");
        }
        return Long.parseUnsignedLong(text.substring(2), 16);
    }

    private static long pointerOf(CaptureRecord record) {
        return record instanceof CaptureEvent event ? event.pool()
                : record instanceof PoolSnapshot snapshot ? snapshot.pool() : 0;
    }
}
