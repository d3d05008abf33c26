package dev.poolscope.testkit;

import dev.poolscope.trace.Event;
import dev.poolscope.trace.TraceHeader;
import dev.poolscope.trace.file.EventBlock;
import dev.poolscope.trace.file.TraceWriter;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes events as a trace file the way the recorder does, but in blocks as small as a test wants:
 * each thread fills blocks of its own, a full block is written at once, the partial ones at the end
 * by thread. Many small blocks let a test damage one and find the rest intact.
 */
public final class SmallBlocks {

    private SmallBlocks() {
    }

    /** Writes {@code events} (in seq order) of a pool {@code header} describes to {@code file}, {@code perBlock} to a block. */
    public static void write(Path file, TraceHeader header, List<Event> events, int perBlock) throws IOException {
        Map<Integer, EventBlock> filling = new TreeMap<>();
        try (TraceWriter writer = TraceWriter.create(file, header)) {
            for (Event e : events) {
                EventBlock block = filling.computeIfAbsent(e.thread(), thread -> new EventBlock(thread, perBlock));
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
