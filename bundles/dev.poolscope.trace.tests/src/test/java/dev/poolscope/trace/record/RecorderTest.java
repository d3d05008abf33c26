package dev.poolscope.trace.record;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.poolscope.core.GenPool;
import dev.poolscope.core.Probe;
import dev.poolscope.testkit.Deadlines;
import dev.poolscope.testkit.MemoryRecorder;
import dev.poolscope.trace.Event;
import dev.poolscope.trace.EventCursor;
import dev.poolscope.trace.EventKind;
import dev.poolscope.trace.TraceHeader;
import dev.poolscope.trace.file.TraceFile;
import dev.poolscope.trace.sched.ControlledScheduler;
import dev.poolscope.trace.sched.Schedule;
import dev.poolscope.trace.sched.StepClock;
import dev.poolscope.trace.workload.Workload;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecorderTest {

    private static final int THREADS = 4;

    @TempDir
    Path dir;

    @Test
    void aRecordedRunReadsBackAsTheMemoryRecorderSawIt() throws Exception {
        AtomicLong fileClock = new AtomicLong();
        AtomicLong memoryClock = new AtomicLong();
        Path file = dir.resolve("tee.pstrace");
        MemoryRecorder memory = new MemoryRecorder(memoryClock::getAndIncrement);
        List<Event> expected;
        List<RandomWork> works;
        try (Recorder recorder = Recorder.create(file, header(THREADS), fileClock::getAndIncrement)) {
            GenPool pool = RandomWork.smallPool(new LockedTee(recorder, memory, true));
            works = RandomWork.runThreads(pool, THREADS, 3000, 1);
            expected = memory.trace(header(THREADS)).events();
        }
        try (TraceFile trace = TraceFile.open(file)) {
            assertEquals(header(THREADS), trace.header());
            assertTrue(expected.size() > 50_000, expected.size() + " events");
            assertEquals(expected, readFrom(trace, 0));
            assertEquals(0, trace.truncatedBytes());
            // thread numbers follow the order of first events, so compare the threads' call counts as sorted lists
            List<Long> callsRecorded = new ArrayList<>();
            for (int thread = 0; thread < THREADS; thread++) {
                int t = thread;
                callsRecorded.add(expected.stream().filter(e -> e.thread() == t
                        && (e.kind() == EventKind.ALLOC_BEGIN || e.kind() == EventKind.FREE_BEGIN)).count());
            }
            assertEquals(works.stream().map(w -> w.allocCalls() + w.freeCalls()).sorted().toList(),
                    callsRecorded.stream().sorted().toList(), "each thread's alloc and free calls");
            Random random = new Random(3);
            for (int i = 0; i < 150; i++) {
                int from = random.nextInt(expected.size() + 1);
                assertEquals(expected.subList(from, Math.min(expected.size(), from + 3000)),
                        readFrom(trace, from, 3000), "from(" + from + ")");
            }
        }
    }

    @Test
    void freeRunningThreadsLoseNoEvent() throws Exception {
        Path file = dir.resolve("free.pstrace");
        long start = System.nanoTime();
        KindCounts counts;
        try (Recorder recorder = Recorder.create(file, header(THREADS), () -> System.nanoTime() - start)) {
            counts = new KindCounts(recorder.threadIds());
            GenPool pool = RandomWork.smallPool(new LockedTee(counts, recorder, false));
            RandomWork.runThreads(pool, THREADS, 5000, 2);
        }
        try (TraceFile trace = TraceFile.open(file); EventCursor cursor = trace.from(0)) {
            Map<Integer, long[]> read = new HashMap<>();
            Map<Integer, Long> lastTime = new HashMap<>();
            long seq = 0;
            for (Event e = cursor.next(); e != null; e = cursor.next()) {
                assertEquals(seq++, e.seq(), "seqs are dense from 0 in the merged stream");
                read.computeIfAbsent(e.thread(), t -> new long[EventKind.values().length])[e.kind().ordinal()]++;
                long previous = lastTime.getOrDefault(e.thread(), 0L);
                assertTrue(e.time() >= previous, "thread " + e.thread() + "'s time went back at seq " + e.seq());
                lastTime.put(e.thread(), e.time());
            }
            assertEquals(trace.eventCount(), seq);
            assertEquals(THREADS, read.size());
            for (Map.Entry<Integer, long[]> thread : counts.byThread().entrySet()) {
                assertArrayEquals(thread.getValue(), read.get(thread.getKey()), "thread " + thread.getKey() + "'s events by kind");
            }
            assertTrue(trace.damageSummary().endsWith("intact"), trace.damageSummary());
        }
    }

    @Test
    void aDeterministicProducerGivesTheSameBytesEveryRun() throws Exception {
        Path first = recordTakingTurns(dir.resolve("first.pstrace"), 11);
        Path second = recordTakingTurns(dir.resolve("second.pstrace"), 11);
        Path other = recordTakingTurns(dir.resolve("other.pstrace"), 12);
        assertEquals(-1L, Files.mismatch(first, second), "same seed, same bytes");
        assertNotEquals(-1L, Files.mismatch(first, other), "another seed, other bytes");
        try (TraceFile trace = TraceFile.open(first)) {
            assertTrue(trace.blockCount() > 3 * 10, trace.blockCount() + " blocks");
            assertEquals(0, trace.missingEvents());
        }
    }

    /**
     * Three threads take turns, one alloc or free call each, passing a baton; a step clock. Blocks
     * of 97 events, so that blocks fill in the middle of turns and every thread ends with a partial one.
     */
    private static Path recordTakingTurns(Path file, long seed) throws Exception {
        AtomicLong steps = new AtomicLong();
        try (Recorder recorder = Recorder.create(file, header(3), steps::getAndIncrement, 97)) {
            GenPool pool = RandomWork.smallPool(recorder);
            TakingTurns.run(3, 400, thread -> {
                recorder.threadIds().bindCurrentThread(thread);
                return new RandomWork(pool, seed * 7 + thread, Long.MAX_VALUE)::step;
            });
        }
        return file;
    }

    @Test
    void aScheduledRunGivesTheSameFileEveryTime() throws Exception {
        Workload workload = Workload.parse("threads=3 ops=300 chunks=64KiB@0x10000000 seed=5");
        Path first = recordScheduled(dir.resolve("scheduled-1.pstrace"), workload);
        Path second = recordScheduled(dir.resolve("scheduled-2.pstrace"), workload);
        assertEquals(-1L, Files.mismatch(first, second), "same workload and schedule seed, same bytes");
        try (TraceFile trace = TraceFile.open(first)) {
            assertEquals(workload.header(), trace.header());
            assertTrue(trace.blockCount() > 3 * 10, trace.blockCount() + " blocks");
            assertTrue(trace.damageSummary().endsWith("intact"), trace.damageSummary());
        }
    }

    private static Path recordScheduled(Path file, Workload workload) throws Exception {
        StepClock clock = new StepClock();
        try (Recorder recorder = Recorder.create(file, workload.header(), clock, 97)) {
            new ControlledScheduler(Schedule.random(workload.seed())).run(workload, recorder, clock);
        }
        return file;
    }

    @Test
    void aWriteFailureIsReportedByCloseNamingTheFile() throws Exception {
        Path fifo = dir.resolve("pipe.pstrace");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start();
        assertEquals(0, Deadlines.exitCode(mkfifo, "mkfifo"), "mkfifo");
        // a reader that takes the header, then goes away: every later write fails with a broken pipe
        Thread reader = new Thread(() -> {
            try (InputStream in = Files.newInputStream(fifo)) {
                byte[] preamble = in.readNBytes(16);
                int bodyLength = ByteBuffer.wrap(preamble, 12, 4).order(ByteOrder.LITTLE_ENDIAN).getInt();
                in.readNBytes(bodyLength + 4);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        reader.start();
        Recorder recorder = Recorder.create(fifo, header(1), System::nanoTime, 64);
        Deadlines.join(reader);
        GenPool pool = RandomWork.smallPool(recorder);
        new RandomWork(pool, 5, 2000).run(); // far more blocks than the recorder holds: no hang after the failure
        IOException failure = assertThrows(IOException.class, recorder::close);
        assertTrue(failure.getMessage().contains(fifo.toString()), failure.getMessage());
        recorder.close(); // idempotent: the failure was reported once
    }

    @Test
    void aWriteFailureIsToldAtOnceWhileTheRunGoesOn() throws Exception {
        Path fifo = dir.resolve("told.pstrace");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start();
        assertEquals(0, Deadlines.exitCode(mkfifo, "mkfifo"), "mkfifo");
        // a reader that takes only the header's first bytes, then goes away: the first block's write fails
        Thread reader = new Thread(() -> {
            try (InputStream in = Files.newInputStream(fifo)) {
                in.readNBytes(16);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        reader.start();
        CountDownLatch told = new CountDownLatch(1);
        Recorder recorder = Recorder.create(fifo, header(1), System::nanoTime, 64, told::countDown);
        Deadlines.join(reader);
        GenPool pool = RandomWork.smallPool(recorder);
        Thread run = new Thread(() -> {
            while (told.getCount() > 0) { // the run goes on until it is told, as a workload does until it is stopped
                new RandomWork(pool, 5, 20).run();
            }
        }, "recorded run");
        run.start();
        Deadlines.await(told, "the write failure");
        Deadlines.join(run);
        IOException failure = assertThrows(IOException.class, recorder::close);
        assertTrue(failure.getMessage().startsWith("cannot write " + fifo + " (a block of thread 0 at byte "),
                failure.getMessage());
    }

    @Test
    void closeIsIdempotentAndARunWithoutEventsOpensEmpty() throws IOException {
        Path file = dir.resolve("none.pstrace");
        Recorder recorder = Recorder.create(file, header(0), System::nanoTime);
        recorder.close();
        recorder.close();
        try (TraceFile trace = TraceFile.open(file)) {
            assertEquals(0, trace.eventCount());
            assertEquals(header(0), trace.header());
        }
    }

    @Test
    void anEventAfterCloseIsRefused() throws IOException {
        Recorder recorder = Recorder.create(dir.resolve("late.pstrace"), header(1), System::nanoTime);
        recorder.allocBegin(64, 2);
        recorder.close();
        IllegalStateException late = assertThrows(IllegalStateException.class, () -> recorder.allocEnd(64, 0));
        assertTrue(late.getMessage().contains("late.pstrace"), late.getMessage());
    }

    private static TraceHeader header(int threads) {
        GenPool shape = RandomWork.smallPool(Probe.NONE);
        return TraceHeader.of(shape, threads, "RandomWork: " + threads + " threads, 32..2048 bytes, at most 4 live each", 1);
    }

    private static List<Event> readFrom(TraceFile trace, long from) throws IOException {
        return readFrom(trace, from, Integer.MAX_VALUE);
    }

    private static List<Event> readFrom(TraceFile trace, long from, int limit) throws IOException {
        List<Event> events = new ArrayList<>();
        try (EventCursor cursor = trace.from(from)) {
            for (Event e = cursor.next(); e != null && events.size() < limit; e = cursor.next()) {
                events.add(e);
            }
        }
        return events;
    }
}
