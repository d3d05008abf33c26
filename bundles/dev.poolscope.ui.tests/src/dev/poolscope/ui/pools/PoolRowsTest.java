package dev.poolscope.ui.pools;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.poolscope.core.Chunk;
import dev.poolscope.core.GenPool;

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
        assertEquals(List.of("demo", "2 chunks", "5,128 B", "4,104 B", "20.0 %", "mainline lib/genalloc.c",
                "first_fit, min order 5"), PoolRows.of("demo", pool));
        assertEquals(List.of("chunk 1", "0x20000000 – 0x20000407", "1,032 B", "8 B", "99.2 %", "", ""),
                PoolRows.of(second));
        assertEquals(List.of("chunk 0", "0x10000000 – 0x10000fff", "4,096 B", "4,096 B", "0.0 %", "", ""),
                PoolRows.of(first));
        assertEquals(PoolRows.COLUMNS.size(), PoolRows.of(first).size());
    }
}
