package dev.poolscope.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.poolscope.core.PoolLimitException;
import dev.poolscope.core.PoolLimits;
import dev.poolscope.testkit.MemoryTrace;
import dev.poolscope.trace.ChunkGeometry;
import dev.poolscope.trace.Event;
import dev.poolscope.trace.EventKind;
import dev.poolscope.trace.TraceHeader;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The model indexes every pool within {@link PoolLimits#TRACED}, to its last word; a pool over them
 * never gets as far as the model. (A 16 GiB chunk at order 0 once overflowed the word history's
 * int index to -2147483648.)
 */
class ModelLimitsTest {

    /** Half the limit per chunk, in two chunks: units of 1 byte. */
    private static final long CHUNK_BYTES = PoolLimits.MAX_TRACED_BITS / 2;

    @Test
    void aPoolAtTheLimitIsReplayedToItsLastWord() throws Exception {
        TraceHeader header = new TraceHeader(0, "mainline", "first_fit",
                List.of(new ChunkGeometry(0, 0x1_0000_0000L, 0, CHUNK_BYTES),
                        new ChunkGeometry(1, 0x2_0000_0000L, 0, CHUNK_BYTES)), 2, "at the limit", 0);
        long lastWord = CHUNK_BYTES / Long.SIZE - 1;
        List<Event> events = List.of(
                new Event(0, 0, 0, 1, EventKind.CAS, lastWord, 0, 1L << 63, 0, 1),
                new Event(1, 1, 1, 1, EventKind.CAS, lastWord, 0, 1, 1L << 63, 0));
        ReplayModel model = ReplayModel.open(new MemoryTrace(header, events));
        assertEquals(1L << 63, model.stateAt(1).word(1, (int) lastWord));
        assertEquals(1, model.races().size());
        Race race = model.races().get(0);
        assertEquals(lastWord, race.word());
        assertEquals(0, race.culpritSeq(), "the write of the last word is found in its history");
    }

    @Test
    void aPoolOverTheLimitNeverReachesTheModel() {
        PoolLimitException e = assertThrows(PoolLimitException.class, () -> new TraceHeader(0, "mainline", "first_fit",
                List.of(new ChunkGeometry(0, 0x1_0000_0000L, 0, 16L << 30)), 1, "16 GiB", 0));
        assertTrue(e.getMessage().contains("17179869184 units"), e.getMessage());
    }

    @Test
    void theLimitFitsTheModelsIntIndexes() {
        long words = PoolLimits.MAX_TRACED_BITS / Long.SIZE;
        assertTrue(words * Math.max(WordHistory.DEPTH, PendingRaces.SLOTS) <= Integer.MAX_VALUE,
                "slots per word times words must stay an int index");
    }
}
