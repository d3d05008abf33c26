package dev.poolscope.app;

import dev.poolscope.testkit.MemoryTrace;
import dev.poolscope.trace.Event;
import dev.poolscope.trace.file.EventBlock;
import dev.poolscope.trace.file.TraceWriter;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** Writes a trace as a file of many small blocks, so that damage in one of them spares the rest. */
final class SmallBlockTraces {

    private SmallBlockTraces() {
    }

    /** Writes {@code trace} to {@code file}, each thread's events in blocks of {@code eventsPerBlock}. */
    static void write(MemoryTrace trace, Path file, int eventsPerBlock) throws IOException {
        Map<Integer, EventBlock> filling = new HashMap<>();
        try (TraceWriter writer = TraceWriter.create(file, trace.header())) {
            for (Event e : trace.events()) {
                EventBlock block = filling.computeIfAbsent(e.thread(),
                        thread -> new EventBlock(thread, eventsPerBlock));
                block.add(e.seq(), e.time(), e.chunk(), e.kind(), e.p0(), e.p1(), e.p2(), e.p3(), e.p4());
                if (block.isFull()) {
                    writer.write(block);
                    block.clear();
                }
            }
            for (EventBlock block : filling.values()) {
                if (!block.isEmpty()) {
                    writer.write(block);
                }
            }
        }
    }
}
