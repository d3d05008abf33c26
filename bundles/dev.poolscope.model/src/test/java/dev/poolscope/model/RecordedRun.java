package dev.poolscope.model;

import dev.poolscope.core.GenPool;
import dev.poolscope.core.Probe;
import dev.poolscope.core.Variant;
import dev.poolscope.testkit.MemoryRecorder;
import dev.poolscope.testkit.MemoryTrace;
import dev.poolscope.trace.TraceHeader;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A recorded run of real threads: each allocates random sizes and frees random blocks of its own on
 * a small pool of three chunks, so that threads meet on the same words. The main thread adds the
 * chunks and is recorded as the last thread.
 *
 * <p>To make races more likely the recording probe yields the processor now and then after a word
 * read, which widens the window between a thread's read and its CAS, and before recording a CAS,
 * which widens the window between the CAS and its event so that events of CASes on the same word
 * get numbered out of hardware order, as the replay must cope with.
 */
final class RecordedRun {

    final GenPool pool;
    final MemoryTrace trace;

    private RecordedRun(GenPool pool, MemoryTrace trace) {
        this.pool = pool;
        this.trace = trace;
    }

    /**
     * @param leaveLive when true each thread ends with half of its blocks still allocated; otherwise it frees them all
     */
    static RecordedRun of(Variant variant, int threads, int opsPerThread, boolean leaveLive, long seed)
            throws Exception {
        MemoryRecorder recorder = MemoryRecorder.realTime();
        GenPool pool = GenPool.create(5, variant, widening(recorder));
        recorder.threadIds().bindCurrentThread(threads);
        pool.addChunk(0x10000, 0x90000, 32 << 10);
        pool.addChunk(0x40000, 0xa0000, 8 << 10);
        pool.addChunk(0x80000, 0xb0000, (4 << 10) + 100); // a tail of 100 bytes past the last whole unit
        TraceHeader header = TraceHeader.of(pool, threads + 1, "test: random allocs and frees", seed);
        long target = pool.size() * 2 / 5 / threads;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService executor = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int thread = 0; thread < threads; thread++) {
                int id = thread;
                workers.add(executor.submit((Callable<Void>) () -> {
                    recorder.threadIds().bindCurrentThread(id);
                    start.await();
                    work(pool, new Random(seed * 31 + id), opsPerThread, target, leaveLive);
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> worker : workers) {
                worker.get();
            }
        } finally {
            executor.shutdownNow();
        }
        return new RecordedRun(pool, recorder.trace(header));
    }

    private static Probe widening(MemoryRecorder recorder) {
        return (Probe) Proxy.newProxyInstance(Probe.class.getClassLoader(), new Class<?>[] {Probe.class},
                (proxy, method, args) -> {
                    if (method.getDeclaringClass() == Object.class) {
                        return method.invoke(recorder, args);
                    }
                    boolean cas = method.getName().equals("casAttempt");
                    boolean read = method.getName().equals("wordRead");
                    if (cas) {
                        maybeYield();
                    }
                    method.invoke(recorder, args);
                    if (read) {
                        maybeYield();
                    }
                    return null;
                });
    }

    private static void maybeYield() {
        if (ThreadLocalRandom.current().nextInt(4) == 0) {
            Thread.yield();
        }
    }

    private static void work(GenPool pool, Random random, int ops, long target, boolean leaveLive) {
        List<long[]> live = new ArrayList<>();
        long liveBytes = 0;
        for (int op = 0; op < ops; op++) {
            if (live.isEmpty() || liveBytes < target && random.nextInt(4) != 0) {
                long size = 1 + random.nextInt(1024);
                long address = pool.alloc(size);
                if (address != 0) {
                    live.add(new long[] {address, size});
                    liveBytes += size;
                }
            } else {
                long[] block = live.remove(random.nextInt(live.size()));
                pool.free(block[0], block[1]);
                liveBytes -= block[1];
            }
        }
        int keep = leaveLive ? live.size() / 2 : 0;
        while (live.size() > keep) {
            long[] block = live.remove(live.size() - 1);
            pool.free(block[0], block[1]);
        }
    }
}
