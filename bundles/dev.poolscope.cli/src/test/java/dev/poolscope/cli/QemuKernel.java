package dev.poolscope.cli;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The real Debian kernel under QEMU, for tests: runs the checkout's scripts in {@code releng/capture}
 * (the capture module, the workload modules, the log-replay module, the QEMU harness), each with a
 * deadline, and fails naming the command and the end of what it printed when one does not succeed.
 */
final class QemuKernel {

    /** A boot under TCG takes seconds on a quiet machine and a minute on a loaded one; this is a hang. */
    private static final long PATIENCE_MINUTES = 10;

    private QemuKernel() {
    }

    /** The checkout's {@code releng/capture/NAME}. */
    static Path script(String name) {
        return Path.of(System.getProperty("poolscope.repo.dir"), "releng", "capture", name);
    }

    /**
     * Boots the kernel with the capture module and {@code modules} (none: the project's own workload
     * modules) and returns the capture it copied out into {@code dir}.
     */
    static Path capture(Path dir, String params, Path... modules) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(script("qemu-capture").toString(), "--params", params,
                dir.toString()));
        for (Path module : modules) {
            command.add(module.toString());
        }
        run(dir.resolve("qemu-capture.out"), command);
        return dir.resolve("capture.txt");
    }

    /** Builds a log-replay module running {@code script} and returns it. */
    static Path logReplayModule(Path script, Path module) throws IOException, InterruptedException {
        run(module.resolveSibling("build-logreplay.out"),
                List.of(script("logreplay/build-logreplay").toString(), script.toString(), module.toString()));
        return module;
    }

    /** Builds the module whose sources are in {@code sources} for the kernel the tests boot, into {@code module}. */
    static Path module(Path sources, Path module) throws IOException, InterruptedException {
        run(module.resolveSibling(module.getFileName() + ".build.out"),
                List.of(script("build-module").toString(), sources.toString(), module.toString()));
        return module;
    }

    private static void run(Path output, List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
        if (!process.waitFor(PATIENCE_MINUTES, TimeUnit.MINUTES)) {
            process.destroyForcibly().waitFor();
            fail(String.join(" ", command) + " did not end within " + PATIENCE_MINUTES + " minutes:\n" + tail(output));
        }
        if (process.exitValue() != 0) {
            fail(String.join(" ", command) + " exited " + process.exitValue() + ":\n" + tail(output));
        }
    }

    private static String tail(Path output) throws IOException {
        List<String> lines = Files.readAllLines(output, StandardCharsets.UTF_8);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }
}
