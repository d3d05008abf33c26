package dev.poolscope.trace.record;

import dev.poolscope.core.GenPool;
import dev.poolscope.core.Probe;
import dev.poolscope.trace.TraceHeader;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The child process of {@link RecorderKillTest}: records four threads allocating and freeing for
 * ever into the file named by its argument, and prints {@link #READY} once the file holds blocks.
 * It never closes the recorder; it is meant to be killed.
 */
public final class EndlessRecording {

    static final String READY = "blocks written";

    /** Blocks of about 50 KB each: a megabyte is a good number of them. */
    private static final long READY_BYTES = 1 << 20;

    private EndlessRecording() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        long start = System.nanoTime();
        TraceHeader header = TraceHeader.of(RandomWork.smallPool(Probe.NONE), 4, "endless RandomWork, 4 threads", 9);
        Recorder recorder = Recorder.create(file, header, () -> System.nanoTime() - start);
        GenPool pool = RandomWork.smallPool(recorder);
        for (int i = 0; i < 4; i++) {
            Thread worker = new Thread(new RandomWork(pool, 9 + i, Long.MAX_VALUE), "endless-" + i);
            worker.setDaemon(true);
            worker.start();
        }
        while (Files.size(file) < READY_BYTES) {
            Thread.sleep(10);
        }
        System.out.println(READY);
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
