package dev.poolscope.trace.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.poolscope.core.GenPool;
import dev.poolscope.core.Variant;
import dev.poolscope.trace.Event;
import dev.poolscope.trace.EventCursor;
import dev.poolscope.trace.EventKind;
import dev.poolscope.trace.TraceHeader;
import dev.poolscope.trace.file.TraceFile;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A recording from a pool with allocations outstanding, its operations labelled through {@code EventProbe.label}. */
class RecorderLabelTest {

    @TempDir
    Path dir;

    @Test
    void aPoolsCurrentBitmapIsTheStartStateAndLabelsGoInsideTheirOperation() throws IOException {
        GenPool filling = GenPool.create(5, Variant.MAINLINE);
        filling.addChunk(0x10000000L, 0, 4096);
        long held = filling.alloc(100); // 4 units at unit 0
        TraceHeader header = TraceHeader.ofCurrentState(filling, 1, "one alloc held", 0, List.of("caller_a", "caller_b"));
        assertEquals("[0+4]", header.start().chunk(0).toString());
        Path file = dir.resolve("labelled.pstrace");
        try (Recorder recorder = Recorder.create(file, header, () -> 0)) {
            recorder.allocBegin(64, 2);
            recorder.label(1);
            recorder.allocEnd(64, 0x10000080L);
            IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> recorder.label(2));
            assertTrue(refused.getMessage().contains("label 2 is not in the header's table of 2 labels"), refused.getMessage());
        }
        try (TraceFile trace = TraceFile.open(file)) {
            assertEquals(2, trace.version());
            assertEquals(header, trace.header());
            List<EventKind> kinds = new ArrayList<>();
            try (EventCursor cursor = trace.from(0)) {
                for (Event e = cursor.next(); e != null; e = cursor.next()) {
                    kinds.add(e.kind());
                    if (e.kind() == EventKind.LABEL) {
                        assertEquals("caller_b", trace.header().label((int) e.p0()));
                    }
                }
            }
            assertEquals(List.of(EventKind.ALLOC_BEGIN, EventKind.LABEL, EventKind.ALLOC_END), kinds);
        }
        filling.free(held, 100);
    }
}
