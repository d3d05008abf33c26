package dev.poolscope.analysis.capture;

import dev.poolscope.analysis.log.AllocationLogReader;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A captured pool's allocs and frees written as an allocation log, in seq order (the kernel's
 * completion order). Every kernel allocation is an alloc row, the failed ones too (a replay of the
 * log fails them or not: that is what it asks); a free names the alloc whose address it frees.
 * A log starts from an empty pool: frees of memory allocated before the capture have no alloc to
 * name and are left out (and counted), as are allocations of 0 bytes, which a log cannot hold.
 */
public final class CaptureImport {

    private CaptureImport() {
    }

    /**
     * The log of {@code pool}.
     *
     * @throws IllegalArgumentException when a caller holds a comma, which a log row cannot
     */
    public static ImportedLog of(Capture capture, CapturedPool pool) {
        List<String> rows = new ArrayList<>();
        Map<Long, Integer> liveIds = new HashMap<>();
        int allocs = 0;
        int kernelFailed = 0;
        int earlierFrees = 0;
        int zeroAllocs = 0;
        for (CaptureRecord record : pool.records()) {
            if (record instanceof CaptureEvent.Alloc alloc && alloc.size() == 0) {
                zeroAllocs++;
            } else if (record instanceof CaptureEvent.Alloc alloc) {
                allocs++;
                kernelFailed += alloc.address() == 0 ? 1 : 0;
                if (alloc.address() != 0) {
                    liveIds.put(alloc.address(), allocs);
                }
                rows.add("alloc," + alloc.size() + "," + allocs + "," + caller(alloc.caller(), alloc.seq()));
            } else if (record instanceof CaptureEvent.Free free) {
                Integer id = liveIds.remove(free.address());
                if (id == null) {
                    earlierFrees++;
                } else {
                    rows.add("free,," + id + "," + caller(free.caller(), free.seq()));
                }
            }
        }
        List<String> leftOut = new ArrayList<>();
        if (earlierFrees > 0) {
            leftOut.add(earlierFrees + " free" + (earlierFrees == 1 ? "" : "s") + " of memory allocated before the capture"
                    + " (or in lost records), which no alloc of the log names");
        }
        if (zeroAllocs > 0) {
            leftOut.add(zeroAllocs + " allocation" + (zeroAllocs == 1 ? "" : "s") + " of 0 bytes, which a log cannot hold");
        }
        String spec = PoolGeometry.spec(pool);
        long unitsAtStart = pool.start().filter(PoolSnapshot.class::isInstance).map(PoolSnapshot.class::cast)
                .map(s -> s.chunks().stream().mapToLong(SnapshotChunk::allocatedUnits).sum()).orElse(0L);
        boolean empty = pool.start().orElse(null) instanceof CaptureEvent.Create;
        List<String> lines = new ArrayList<>();
        lines.add("# pool " + pool.label(capture.pools()) + " of " + capture.source() + " (kernel "
                + capture.header().kernelRelease() + "), operations in seq order");
        lines.add("# pool geometry: " + spec);
        if (!empty) {
            lines.add("# the kernel's pool did not start empty (" + unitsAtStart + " units allocated); this log starts from empty");
        }
        lines.add(AllocationLogReader.HEADER_WITH_CALLER);
        lines.addAll(rows);
        return new ImportedLog(lines, rows.size(), allocs, kernelFailed, leftOut, spec, empty, unitsAtStart);
    }

    private static String caller(String caller, long seq) {
        if (caller.contains(",")) {
            throw new IllegalArgumentException("the caller " + FieldCursor.quoted(caller) + " at seq " + seq
                    + " holds a comma, which a log row cannot");
        }
        return caller;
    }
}
