package dev.poolscope.trace.run;

import dev.poolscope.trace.Event;
import dev.poolscope.trace.EventCursor;
import dev.poolscope.trace.EventKind;
import dev.poolscope.trace.file.TraceFile;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/** Per thread of a trace file: its operations begun and ended, and the kind of its last event. */
record OperationEnds(Map<Integer, Long> begun, Map<Integer, Long> ended, Map<Integer, EventKind> last) {

    static OperationEnds of(Path file) throws IOException {
        OperationEnds ends = new OperationEnds(new TreeMap<>(), new TreeMap<>(), new TreeMap<>());
        try (TraceFile trace = TraceFile.open(file); EventCursor cursor = trace.from(0)) {
            for (Event e = cursor.next(); e != null; e = cursor.next()) {
                boolean begin = e.kind() == EventKind.ALLOC_BEGIN || e.kind() == EventKind.FREE_BEGIN;
                boolean end = e.kind() == EventKind.ALLOC_END || e.kind() == EventKind.FREE_END;
                ends.begun.merge(e.thread(), begin ? 1L : 0L, Long::sum);
                ends.ended.merge(e.thread(), end ? 1L : 0L, Long::sum);
                ends.last.put(e.thread(), e.kind());
            }
        }
        return ends;
    }

    /** True when every thread ended every operation it began and its last event ends one. */
    boolean allWhole() {
        return begun.equals(ended) && last.values().stream()
                .allMatch(kind -> kind == EventKind.ALLOC_END || kind == EventKind.FREE_END);
    }
}
