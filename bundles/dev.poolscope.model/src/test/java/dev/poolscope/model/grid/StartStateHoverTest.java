package dev.poolscope.model.grid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.poolscope.model.AllocationSpan;
import dev.poolscope.model.ReplayModel;
import dev.poolscope.model.explain.EventBitmap;
import dev.poolscope.model.text.ByteSize;
import dev.poolscope.testkit.PrefilledRun;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

/** The hover line of a bit set at the start of a trace, and of a labelled allocation's bit. */
class StartStateHoverTest {

    private static final List<String> CALLERS = List.of("dma_direct_alloc+0x1a/0x40", "gpwork_run+0x127/0x1000");

    @Test
    void aStartBitIsHeldSinceBeforeTheTraceAndALabelledBitNamesItsCaller() throws Exception {
        ReplayModel model = ReplayModel.open(PrefilledRun.record(5, 60, 100, CALLERS).trace());
        GridBlock bits = GridLayout.of(model.header().chunks(), model.header().minAllocOrder(), 1000, 700, 0).block(0);
        assertEquals(1, bits.bitsPerCell());

        AllocationSpan first = model.allocations().liveAt(-1).get(0);
        assertEquals(0, first.chunk());
        EventBitmap start = EventBitmap.at(model, -1);
        assertEquals(String.format(Locale.ROOT, "set before the trace: %s at 0x%x, held since before the trace",
                ByteSize.of(first.size()), first.address()), TraceCellText.of(start, bits, (int) first.startBit()));
        assertEquals(new TraceCell(1, -1, false, -1, false, false), TraceCell.of(start, bits, (int) first.startBit()),
                "no thread owns it");

        AllocationSpan labelled = null;
        for (int i = 0; i < model.allocations().size() && labelled == null; i++) {
            AllocationSpan span = model.allocations().get(i);
            if (!span.heldSinceStart() && span.chunk() == 0) {
                labelled = span;
            }
        }
        assertTrue(labelled != null && labelled.label() >= 0);
        EventBitmap at = EventBitmap.at(model, labelled.setSeq());
        assertEquals(String.format(Locale.ROOT, "T0 alloc %s at 0x%x by %s, allocated at event %,d · changed by this event",
                ByteSize.of(labelled.size()), labelled.address(), CALLERS.get(labelled.label()), labelled.setSeq()),
                TraceCellText.of(at, bits, (int) labelled.startBit()));
    }
}
