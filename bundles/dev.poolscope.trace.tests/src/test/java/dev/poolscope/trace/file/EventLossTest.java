package dev.poolscope.trace.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.poolscope.testkit.SmallBlocks;
import dev.poolscope.trace.Event;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a torn trace lost: every seq up to the highest one its block headers name that has no event. */
class EventLossTest {

    private static final int EVENTS = 5000;
    private static final int PER_BLOCK = 100;

    @TempDir
    Path dir;

    @Test
    void anIntactTraceLostNothing() throws IOException {
        try (TraceFile trace = TraceFile.open(written())) {
            assertEquals(EventLoss.NONE, trace.eventLoss());
            assertFalse(trace.eventLoss().damaged());
        }
    }

    @Test
    void aTraceCutInsideItsLastBlockLostThatBlocksEventsAndTheBlocksNeverWritten() throws IOException {
        byte[] whole = Files.readAllBytes(written());
        // cut inside the payload of the last block: its header, and so its seqs, are still there
        byte[] torn = Arrays.copyOf(whole, whole.length - 10);
        Path file = Files.write(dir.resolve("torn.pstrace"), torn);
        try (TraceFile trace = TraceFile.open(file)) {
            EventLoss loss = trace.eventLoss();
            assertTrue(loss.damaged());
            // every seq from 0 to EVENTS - 1 was recorded, and the last block holds the highest
            assertEquals(EVENTS - trace.eventCount(), loss.events(), loss.summary());
            assertTrue(loss.events() > 0);
            assertEquals(trace.damageSummary(), loss.summary());
        }
    }

    @Test
    void aTraceWithABlockNeverWrittenCountsItsSeqs() throws IOException {
        List<Event> events = SampleTraces.events(7, EVENTS, 3, false);
        List<Event> missingTheFirstHundred = events.subList(100, EVENTS);
        Path file = dir.resolve("gap.pstrace");
        SmallBlocks.write(file, SampleTraces.HEADER, missingTheFirstHundred, PER_BLOCK);
        try (TraceFile trace = TraceFile.open(file)) {
            assertEquals(100, trace.eventLoss().events());
        }
    }

    private Path written() throws IOException {
        Path file = dir.resolve("run.pstrace");
        SmallBlocks.write(file, SampleTraces.HEADER, SampleTraces.events(7, EVENTS, 3, false), PER_BLOCK);
        return file;
    }
}
