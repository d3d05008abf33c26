package dev.poolscope.trace.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.poolscope.testkit.SmallBlocks;
import dev.poolscope.trace.Event;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Random damage to a small valid file: whatever happens, opening and reading it either works or
 * throws {@link TraceFormatException}, nothing else. Every byte of a trace is checked (magic,
 * version, caps or a checksum), so any changed byte is refused; any cut after the header opens,
 * keeping the whole blocks before the cut.
 */
class CorruptionFuzzTest {

    private static final int ROUNDS = 500;

    @TempDir
    Path dir;

    @Test
    void randomFlipsAndCutsGiveACleanOpenOrATraceFormatException() throws IOException {
        List<Event> events = SampleTraces.events(7, 120, 3, true);
        Path original = dir.resolve("original.pstrace");
        SmallBlocks.write(original, SampleTraces.HEADER, events, 8);
        byte[] valid = Files.readAllBytes(original);
        int headerEnd = TraceBytes.headerBytes(SampleTraces.HEADER).length;
        Random random = new Random(2024);
        int refused = 0;
        int opened = 0;
        for (int round = 0; round < ROUNDS; round++) {
            byte[] damaged = valid.clone();
            String what;
            boolean flip = random.nextBoolean();
            if (flip) {
                int at = random.nextInt(damaged.length);
                int mask = 1 + random.nextInt(255);
                damaged[at] ^= (byte) mask;
                what = "byte " + at + " xor 0x" + Integer.toHexString(mask);
            } else {
                int cut = random.nextInt(damaged.length);
                damaged = Arrays.copyOf(damaged, cut);
                what = "cut at " + cut;
            }
            Path file = Files.write(dir.resolve("damaged-" + round + ".pstrace"), damaged);
            try {
                List<Event> read = openAndReadAll(file);
                opened++;
                assertTrue(!flip && damaged.length >= headerEnd, what + ": should have been refused");
                assertTrue(events.containsAll(read), what + ": an event was read that was never written");
            } catch (TraceFormatException e) {
                refused++;
                assertTrue(e.getMessage().contains(file.toString()) && e.getMessage().contains(" at byte "),
                        what + ": " + e.getMessage());
                assertTrue(flip || damaged.length < headerEnd, what + ": should have opened, got " + e.getMessage());
            } catch (IOException | RuntimeException | Error e) {
                fail(what + ": threw " + e, e);
            }
            Files.delete(file);
        }
        assertEquals(ROUNDS, refused + opened);
        assertTrue(refused > ROUNDS / 3 && opened > ROUNDS / 4, refused + " refused, " + opened + " opened");
    }

    @Test
    void resealedDamageGetsPastTheChecksumsAndStillOnlyOpensCleanlyOrIsRefused() throws IOException {
        List<Event> events = SampleTraces.events(8, 120, 3, true);
        Path original = dir.resolve("original.pstrace");
        SmallBlocks.write(original, SampleTraces.HEADER, events, 8);
        byte[] valid = Files.readAllBytes(original);
        int headerEnd = TraceBytes.headerBytes(SampleTraces.HEADER).length;
        List<Integer> blocks = TraceBytes.blockOffsets(valid, headerEnd);
        Random random = new Random(2025);
        int refused = 0;
        for (int round = 0; round < ROUNDS; round++) {
            byte[] damaged = valid.clone();
            int block = blocks.get(random.nextInt(blocks.size()));
            int payloadLength = TraceBytes.payloadLength(valid, block);
            // a byte of the block header's fields or of its payload, then both checksums made right again
            int at = random.nextBoolean() ? block + 4 + random.nextInt(28) : block + 40 + random.nextInt(payloadLength);
            int flips = 1 + random.nextInt(255);
            damaged[at] ^= (byte) flips;
            TraceBytes.reseal(damaged, block);
            String what = "byte " + at + " xor 0x" + Integer.toHexString(flips) + ", resealed";
            Path file = Files.write(dir.resolve("resealed-" + round + ".pstrace"), damaged);
            try {
                openAndReadAll(file);
            } catch (TraceFormatException e) {
                refused++;
                assertTrue(e.getMessage().contains(file.toString()) && e.getMessage().contains(" at byte "),
                        what + ": " + e.getMessage());
            } catch (IOException | RuntimeException | Error e) {
                fail(what + ": threw " + e, e);
            }
            Files.delete(file);
        }
        assertTrue(refused > ROUNDS / 4, refused + " of " + ROUNDS + " refused");
    }

    private static List<Event> openAndReadAll(Path file) throws IOException {
        try (TraceFile trace = TraceFile.open(file)) {
            List<Event> read = SampleTraces.read(trace, 0);
            assertEquals(trace.eventCount(), read.size());
            return read;
        }
    }
}
