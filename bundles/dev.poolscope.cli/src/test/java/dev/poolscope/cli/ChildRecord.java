package dev.poolscope.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * {@code poolscope record} (or another command) in a child JVM on the test's own classpath, with its
 * output and error text in files, so that it can get real signals and limits of its own (a file
 * size limit, fewer capabilities). The child is started through perl, which resets SIGINT to its
 * default first: a process started in the background of a non-interactive shell (a build run by a
 * script) inherits SIGINT ignored, and the JVM leaves an ignored SIGINT ignored.
 */
final class ChildRecord {

    /** Far beyond what starting a JVM, writing a block or closing a trace takes. */
    static final long DEADLINE_SECONDS = 60;

    private final Process process;
    private final Path out;
    private final Path err;

    private ChildRecord(Process process, Path out, Path err) {
        this.process = process;
        this.out = out;
        this.err = err;
    }

    /**
     * Starts {@code poolscope record ARGS}, its error text in {@code dir}.
     *
     * @param shellPrefix shell commands run before the JVM starts (e.g. {@code ulimit}), or ""
     */
    static ChildRecord start(Path dir, String shellPrefix, String... args) throws IOException {
        List<String> record = new ArrayList<>(List.of("record"));
        record.addAll(List.of(args));
        return start(dir, shellPrefix, List.of(), record);
    }

    /**
     * Starts {@code poolscope COMMAND...}, its error text in {@code dir}.
     *
     * @param shellPrefix shell commands run before the JVM starts (e.g. {@code ulimit}), or ""
     * @param wrapper     the program and arguments that run the JVM (e.g. {@code setpriv ...}), or none
     */
    static ChildRecord start(Path dir, String shellPrefix, List<String> wrapper, List<String> command) throws IOException {
        List<String> line = new ArrayList<>(List.of("perl", "-e",
                "$SIG{INT} = 'DEFAULT'; exec @ARGV or die \"exec: $!\"", "sh", "-c",
                shellPrefix + " exec \"$@\"", "poolscope"));
        line.addAll(wrapper);
        line.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        line.addAll(command);
        Path out = Files.createTempFile(dir, "child", ".out");
        Path err = Files.createTempFile(dir, "child", ".err");
        Process process = new ProcessBuilder(line).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        return new ChildRecord(process, out, err);
    }

    /** Sends SIGINT, as Ctrl+C on a terminal does (Process.destroy sends SIGTERM). */
    void interrupt() throws IOException, InterruptedException {
        Process kill = new ProcessBuilder("kill", "-INT", Long.toString(process.pid())).inheritIO().start();
        if (!kill.waitFor(DEADLINE_SECONDS, TimeUnit.SECONDS) || kill.exitValue() != 0) {
            throw new IllegalStateException("kill -INT " + process.pid() + " failed");
        }
    }

    boolean alive() {
        return process.isAlive();
    }

    /** Waits for the child to end and returns its exit code; kills it and fails after the deadline. */
    int exitCode() throws InterruptedException {
        if (!process.waitFor(DEADLINE_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the child did not end within " + DEADLINE_SECONDS + " s:\n" + this);
        }
        return process.exitValue();
    }

    String err() throws IOException {
        return Files.readString(err);
    }

    @Override
    public String toString() {
        try {
            return "out:\n" + Files.readString(out) + "err:\n" + err();
        } catch (IOException e) {
            return "(unreadable: " + e + ")";
        }
    }
}
