package dev.poolscope.cli;

import java.io.PrintWriter;
import java.util.function.LongSupplier;

/**
 * A once-a-second progress line ("recording: 1,234,567 events, 3 s") for long work, shown only
 * when standard output is a terminal, so scripts and CI see nothing but the results.
 */
final class Progress implements AutoCloseable {

    private final Thread ticker;
    private final PrintWriter out;

    private Progress(Thread ticker, PrintWriter out) {
        this.ticker = ticker;
        this.out = out;
    }

    /** Starts the ticker for {@code what}, counting {@code count}; it does nothing without a terminal. */
    static Progress start(PrintWriter out, String what, LongSupplier count) {
        Thread ticker = null;
        if (System.console() != null) {
            long started = System.nanoTime();
            ticker = new Thread(() -> {
                try {
                    while (!Thread.currentThread().isInterrupted()) {
                        Thread.sleep(1000);
                        out.printf("\r%s: %,d events, %d s", what, count.getAsLong(),
                                (System.nanoTime() - started) / 1_000_000_000L);
                        out.flush();
                    }
                } catch (InterruptedException e) {
                    // close() asked the ticker to stop
                }
            }, "poolscope-progress");
            ticker.setDaemon(true);
            ticker.start();
        }
        return new Progress(ticker, out);
    }

    /** Stops the ticker and clears its line. */
    @Override
    public void close() throws InterruptedException {
        if (ticker != null) {
            ticker.interrupt();
            ticker.join();
            out.print("\r\033[K");
            out.flush();
        }
    }
}
