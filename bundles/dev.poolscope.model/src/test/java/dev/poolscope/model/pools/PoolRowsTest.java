package dev.poolscope.model.pools;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.poolscope.core.Chunk;
import dev.poolscope.core.GenPool;
import dev.poolscope.core.Variant;
import dev.poolscope.model.ReplayModel;
import dev.poolscope.testkit.MemoryTrace;
import dev.poolscope.testkit.Recorded;
import dev.poolscope.trace.ChunkGeometry;
import dev.poolscope.trace.TraceHeader;
import dev.poolscope.trace.scenario.Scenarios;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The Pools view's rows: what a user reads about a pool and its chunks. */
class PoolRowsTest {

    @Test
    void poolAndChunkRowsSayWhereTheMemoryIsAndHowFullItIs() {
        GenPool pool = GenPool.create(5);
        Chunk first = pool.addChunk(0x1000_0000L, 0, 4096);
        Chunk second = pool.addChunk(0x2000_0000L, 0, 1024 + 8);
        pool.alloc(1024); // the newest chunk is searched first: all of second's units
        PoolFigures figures = PoolFigures.of("demo", pool);
        assertEquals(List.of("demo", "2 chunks", "5,128 B", "4,104 B", "20.0 %", "mainline lib/genalloc.c",
                "first_fit, min order 5"), PoolRows.of(figures));
        assertEquals(List.of(second.id(), first.id()), figures.chunks().stream().map(ChunkFigures::id).toList(),
                "list order: the newest chunk first");
        assertEquals(List.of("chunk 1", "0x20000000 – 0x20000407", "1,032 B", "8 B", "99.2 %", "", ""),
                PoolRows.of(figures.chunks().get(0)));
        assertEquals(List.of("chunk 0", "0x10000000 – 0x10000fff", "4 KiB", "4 KiB", "0.0 %", "", ""),
                PoolRows.of(figures.chunks().get(1)));
        assertEquals(PoolRows.COLUMNS.size(), PoolRows.of(figures.chunks().get(1)).size());
    }

    @Test
    void aRecordedPoolIsShownAsItWasAtTheEvent() throws Exception {
        try (MemoryTrace trace = Recorded.scenario(Scenarios.byName("cross-word-rollback")).trace()) {
            ReplayModel model = ReplayModel.open(trace);
            TraceHeader header = model.header();
            PoolFigures before = PoolFigures.of("trace", header, model.stateAt(model.firstSeq()));
            PoolFigures after = PoolFigures.of("trace", header, model.stateAt(model.lastSeq()));
            long size = header.chunks().stream().mapToLong(ChunkGeometry::size).sum();
            assertEquals(size, before.size());
            assertEquals(size, before.avail(), "nothing is allocated before the first event has finished");
            assertEquals(model.stateAt(model.lastSeq()).avail(0), after.chunks().get(0).avail());
            assertEquals(Variant.byId(header.variant()).title(), PoolRows.of(after).get(5));
            assertEquals(String.format("0x%x – 0x%x", header.chunks().get(0).start(),
                    header.chunks().get(0).start() + header.chunks().get(0).size() - 1),
                    PoolRows.of(after.chunks().get(0)).get(1));
        }
    }
}
