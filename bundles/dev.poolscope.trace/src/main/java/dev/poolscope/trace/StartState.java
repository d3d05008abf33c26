package dev.poolscope.trace;

import java.util.ArrayList;
import java.util.List;

/**
 * The units already set in each chunk when a trace starts: a pool seen first with bits set (one made
 * at boot, as the kernel's atomic DMA pools are). Per chunk id, its {@link UnitRuns}; chunks past
 * the list have none. A recording from an empty pool has {@link #EMPTY}.
 */
public final class StartState {

    /** Every chunk clear, as a recording from a new pool starts. */
    public static final StartState EMPTY = new StartState(List.of());

    private final List<UnitRuns> chunks;

    private StartState(List<UnitRuns> chunks) {
        this.chunks = chunks;
    }

    /** The state with {@code runs.get(id)} set in chunk {@code id}; trailing chunks without runs are dropped. */
    public static StartState of(List<UnitRuns> runs) {
        int last = runs.size();
        while (last > 0 && runs.get(last - 1).isEmpty()) {
            last--;
        }
        return last == 0 ? EMPTY : new StartState(List.copyOf(runs.subList(0, last)));
    }

    /** The state of chunk bitmaps: {@code words.get(id)} of {@code bitCounts[id]} bits for chunk {@code id}. */
    public static StartState ofBitmaps(List<long[]> words, long[] bitCounts) {
        List<UnitRuns> runs = new ArrayList<>(words.size());
        for (int chunk = 0; chunk < words.size(); chunk++) {
            runs.add(UnitRuns.ofBitmap(words.get(chunk), bitCounts[chunk]));
        }
        return of(runs);
    }

    /** The runs of chunk {@code chunk}; {@link UnitRuns#NONE} for a chunk the state does not list. */
    public UnitRuns chunk(int chunk) {
        return chunk < chunks.size() ? chunks.get(chunk) : UnitRuns.NONE;
    }

    /** Chunks listed: ids {@code 0 .. listed() - 1}, the last one with runs. */
    public int listed() {
        return chunks.size();
    }

    public boolean isEmpty() {
        return chunks.isEmpty();
    }

    /** Units set over all chunks. */
    public long units() {
        long units = 0;
        for (UnitRuns runs : chunks) {
            units += runs.units();
        }
        return units;
    }

    /** Chunk {@code chunk}'s bitmap at the start: {@code wordCount} words with the runs set. */
    public long[] words(int chunk, int wordCount) {
        long[] words = new long[wordCount];
        chunk(chunk).setInto(words);
        return words;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof StartState state && chunks.equals(state.chunks);
    }

    @Override
    public int hashCode() {
        return chunks.hashCode();
    }

    /** "start state {chunk 0: [0+16]}" */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("start state {");
        for (int chunk = 0; chunk < chunks.size(); chunk++) {
            if (!chunks.get(chunk).isEmpty()) {
                text.append(text.charAt(text.length() - 1) == '{' ? "" : ", ").append("chunk ").append(chunk)
                        .append(": ").append(chunks.get(chunk));
            }
        }
        return text.append('}').toString();
    }
}
