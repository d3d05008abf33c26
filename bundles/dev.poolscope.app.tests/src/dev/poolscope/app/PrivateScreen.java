package dev.poolscope.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** An X server of our own (Xvfb) with one screen of a given size, on a display number it picks itself. */
final class PrivateScreen implements AutoCloseable {

    private static final long START_SECONDS = 30;

    private final Process server;
    private final String display;

    private PrivateScreen(Process server, String display) {
        this.server = server;
        this.display = display;
    }

    /** Starts Xvfb with a {@code width} x {@code height} screen, 24 bits deep. */
    static PrivateScreen start(int width, int height) throws IOException, InterruptedException {
        // -displayfd 1: Xvfb takes a free display number and prints it once it accepts connections
        Process server = new ProcessBuilder("Xvfb", "-displayfd", "1", "-screen", "0", width + "x" + height + "x24",
                "-nolisten", "tcp").redirectError(ProcessBuilder.Redirect.DISCARD).start();
        BufferedReader out = new BufferedReader(
                new InputStreamReader(server.getInputStream(), StandardCharsets.US_ASCII));
        CompletableFuture<String> number = CompletableFuture.supplyAsync(() -> {
            try {
                return out.readLine();
            } catch (IOException e) {
                return null;
            }
        });
        try {
            String line = number.get(START_SECONDS, TimeUnit.SECONDS);
            if (line == null || !line.trim().matches("\\d+")) {
                throw new IOException("Xvfb did not say its display number (exit " + exitOf(server) + ")");
            }
            return new PrivateScreen(server, ":" + line.trim());
        } catch (ExecutionException | TimeoutException e) {
            server.destroyForcibly();
            throw new IOException("Xvfb did not start in " + START_SECONDS + " s", e);
        }
    }

    /** The DISPLAY value of this server, e.g. ":5". */
    String display() {
        return display;
    }

    @Override
    public void close() throws InterruptedException {
        server.destroy();
        if (!server.waitFor(START_SECONDS, TimeUnit.SECONDS)) {
            server.destroyForcibly();
        }
    }

    private static String exitOf(Process process) {
        return process.isAlive() ? "none, still running" : Integer.toString(process.exitValue());
    }
}
