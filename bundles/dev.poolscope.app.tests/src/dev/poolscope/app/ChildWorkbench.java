package dev.poolscope.app;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs an application of this test runtime in a JVM of its own, on another X display: the same
 * bundles (a copy of this runtime's config.ini), its own configuration, workspace and home.
 */
final class ChildWorkbench {

    private static final long PATIENCE_MINUTES = 4;
    private static final long GRACE_SECONDS = 5;
    private static final long POLL_MILLIS = 200;

    private ChildWorkbench() {
    }

    /**
     * Runs {@code application} with {@code args} on {@code display} in a JVM of its own, in folder
     * {@code dir}, until it has written {@code done}; fails if it does not within a few minutes.
     */
    static void run(String application, String display, Path dir, Path done, String... args)
            throws IOException, InterruptedException {
        Path configuration = Files.createDirectories(dir.resolve("configuration"));
        Path ours = Path.of(URI.create(System.getProperty("osgi.configuration.area")));
        Files.copy(ours.resolve("config.ini"), configuration.resolve("config.ini"));
        Path log = dir.resolve("child.log");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Duser.home=" + Files.createDirectories(dir.resolve("home")),
                "-jar", Path.of(URI.create(System.getProperty("osgi.framework"))).toString(),
                "-configuration", configuration.toUri().toString(),
                "-data", dir.resolve("workspace").toString(),
                "-application", application, "-consoleLog"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("DISPLAY", display);
        Process child = builder.start();
        try {
            long deadline = System.currentTimeMillis() + TimeUnit.MINUTES.toMillis(PATIENCE_MINUTES);
            while (!Files.exists(done) && child.isAlive() && System.currentTimeMillis() < deadline) {
                Thread.sleep(POLL_MILLIS);
            }
            // the application ends with its workbench, but EclipseStarter keeps the framework up after it
            child.waitFor(GRACE_SECONDS, TimeUnit.SECONDS);
        } finally {
            child.destroy();
            if (!child.waitFor(GRACE_SECONDS, TimeUnit.SECONDS)) {
                child.destroyForcibly();
            }
        }
        if (!Files.exists(done)) {
            throw new AssertionError(application + " wrote no " + done.getFileName() + " in " + PATIENCE_MINUTES
                    + " minutes; its output: " + Files.readString(log));
        }
    }
}
