package dev.poolscope.cli;

import dev.poolscope.trace.ChunkGeometry;
import dev.poolscope.trace.Event;
import dev.poolscope.trace.EventCursor;
import dev.poolscope.trace.TraceHeader;
import dev.poolscope.trace.file.EventBlock;
import dev.poolscope.trace.file.TraceFile;
import dev.poolscope.trace.file.TraceWriter;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Damaged and crafted trace files for the fuzz test, made from a small recorded trace: bytes
 * flipped, the file cut, and files written whole (valid checksums) with a crafted header or
 * events whose values were changed, so that what they say, not how they are sealed, is at fault.
 *
 * <p>A crafted header no {@code TraceHeader} can be (a pool over the limits, a chunk at address 0) is
 * refused when it is made, as the writer refuses values the format cannot hold: such a case writes a
 * file that is plainly not a trace. Sealed headers of such pools on disk are HeaderLimitsTest's.
 */
final class HostileTraces {

    private static final List<String> VARIANTS = List.of("mainline", "v4-patch", "pre-patch", "bogus", "", "MAINLINE");
    private static final List<String> ALGORITHMS = List.of("first_fit", "best_fit", "first_fit_align align=64",
            "fixed offset=32", "first_fit_order_align", "zzz", "first_fit_align align=48", "fixed offset=-1", "first_fit ");
    private static final long[] EXTREMES = {0, 1, -1, 2, 63, 64, 127, 128, 4096, Long.MIN_VALUE, Long.MAX_VALUE,
        0x10000000L, 0x10004000L, Integer.MAX_VALUE};

    private final Random random;
    private final byte[] base;
    private final TraceHeader header;
    private final List<Event> events;

    private HostileTraces(Random random, byte[] base, TraceHeader header, List<Event> events) {
        this.random = random;
        this.base = base;
        this.header = header;
        this.events = events;
    }

    /** Mutations of the valid trace {@code file}. */
    static HostileTraces of(Random random, Path file) throws IOException {
        List<Event> events = new ArrayList<>();
        TraceHeader header;
        try (TraceFile trace = TraceFile.open(file); EventCursor cursor = trace.from(0)) {
            header = trace.header();
            for (Event event = cursor.next(); event != null; event = cursor.next()) {
                events.add(event);
            }
        }
        return new HostileTraces(random, Files.readAllBytes(file), header, events);
    }

    /** Writes one hostile trace to {@code file}. */
    void write(Path file) throws IOException {
        switch (random.nextInt(4)) {
            case 0 -> Files.write(file, flipped());
            case 1 -> Files.write(file, Arrays.copyOf(base, random.nextInt(base.length)));
            case 2 -> writeCrafted(file, events);
            default -> {
                if (random.nextInt(4) == 0) {
                    writeCrafted(file, craftedEvents());
                } else {
                    writeWhole(file, header, craftedEvents());
                }
            }
        }
    }

    /** Writes {@code events} under a crafted header, or a file that is not a trace when no header can be that pool. */
    private void writeCrafted(Path file, List<Event> events) throws IOException {
        TraceHeader crafted;
        try {
            crafted = craftedHeader();
        } catch (IllegalArgumentException e) {
            Files.write(file, ("refused as a header: " + e.getMessage()).getBytes());
            return;
        }
        writeWhole(file, crafted, events);
    }

    private byte[] flipped() {
        byte[] bytes = base.clone();
        for (int i = random.nextInt(4); i >= 0; i--) {
            bytes[random.nextInt(bytes.length)] ^= (byte) (1 << random.nextInt(8));
        }
        return bytes;
    }

    private TraceHeader craftedHeader() {
        List<ChunkGeometry> chunks = new ArrayList<>();
        for (int i = random.nextInt(4); i > 0; i--) {
            int id = random.nextInt(8) == 0 ? random.nextInt(5) : chunks.size();
            long start = random.nextInt(3) == 0 ? EXTREMES[random.nextInt(EXTREMES.length)] : 0x10000000L + random.nextInt(8) * 0x1000L;
            chunks.add(new ChunkGeometry(id, start, 0, random.nextInt(3) == 0 ? EXTREMES[random.nextInt(EXTREMES.length)] % (1L << 20)
                    : 1 + random.nextInt(1 << 14)));
        }
        return new TraceHeader(random.nextInt(63), VARIANTS.get(random.nextInt(VARIANTS.size())),
                ALGORITHMS.get(random.nextInt(ALGORITHMS.size())), chunks, random.nextInt(4), "crafted", random.nextLong());
    }

    /** The recorded events, one to three fields or chunk ids of one to three events made extreme; or some events dropped. */
    private List<Event> craftedEvents() {
        List<Event> crafted = new ArrayList<>(events);
        for (int i = random.nextInt(3); i >= 0 && !crafted.isEmpty(); i--) {
            int at = random.nextInt(crafted.size());
            Event e = crafted.get(at);
            long[] p = {e.p0(), e.p1(), e.p2(), e.p3(), e.p4()};
            int chunk = e.chunk();
            int thread = e.thread();
            switch (random.nextInt(6)) {
                case 0 -> chunk = (int) (EXTREMES[random.nextInt(EXTREMES.length)] % 5);
                case 1 -> thread = random.nextInt(6);
                default -> p[random.nextInt(Math.max(1, e.kind().fields().size()))] = EXTREMES[random.nextInt(EXTREMES.length)];
            }
            crafted.set(at, new Event(e.seq(), thread, e.time(), Math.max(-1, chunk), e.kind(), p[0], p[1], p[2], p[3], p[4]));
            if (random.nextInt(6) == 0) {
                crafted.remove(random.nextInt(crafted.size()));
            }
        }
        return crafted;
    }

    /** Writes {@code events} (in seq order) whole, one block per run of one thread's events. */
    private static void writeWhole(Path file, TraceHeader header, List<Event> events) throws IOException {
        try (TraceWriter writer = TraceWriter.create(file, header)) {
            EventBlock block = null;
            for (Event e : events) {
                if (block == null || block.thread() != e.thread()) {
                    flush(writer, block);
                    block = new EventBlock(e.thread(), 1 << 12);
                }
                block.add(e.seq(), e.time(), e.chunk(), e.kind(), e.p0(), e.p1(), e.p2(), e.p3(), e.p4());
            }
            flush(writer, block);
        } catch (IllegalArgumentException e) {
            // a value the format cannot hold (the writer refuses it): write a file that is plainly not a trace instead
            Files.write(file, ("refused by the writer: " + e.getMessage()).getBytes());
        }
    }

    private static void flush(TraceWriter writer, EventBlock block) throws IOException {
        if (block != null && !block.isEmpty()) {
            writer.write(block);
        }
    }

}
