package dev.poolscope.ui.pools;

import java.util.List;

/** The Pools view's columns, as text: a row for the pool, then a row per chunk in list order. */
public final class PoolRows {

    public static final List<String> COLUMNS = List.of("Pool / chunk", "Addresses", "Size", "Avail", "Allocated",
            "Variant", "Algorithm");

    private PoolRows() {
    }

    /** The pool's row: its name, totals over its chunks, its variant and algorithm. */
    public static List<String> of(PoolFigures pool) {
        long size = pool.size();
        long avail = pool.avail();
        return List.of(pool.name(), pool.chunks().size() + " chunks", bytes(size), bytes(avail),
                percent(size - avail, size), pool.variant(), pool.algorithm());
    }

    /** A chunk's row: its id, address range, size, avail and how much is allocated. */
    public static List<String> of(ChunkFigures chunk) {
        long used = chunk.size() - chunk.avail();
        return List.of("chunk " + chunk.id(), String.format("0x%x – 0x%x", chunk.start(), chunk.end()),
                bytes(chunk.size()), bytes(chunk.avail()), percent(used, chunk.size()), "", "");
    }

    private static String bytes(long count) {
        return String.format("%,d B", count);
    }

    private static String percent(long part, long whole) {
        return whole == 0 ? "–" : String.format("%.1f %%", 100.0 * part / whole);
    }
}
