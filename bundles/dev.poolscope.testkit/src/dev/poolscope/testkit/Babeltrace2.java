package dev.poolscope.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** babeltrace2 (the Debian package; CI installs it, and without it the tests that use this fail) run on a CTF export. */
public final class Babeltrace2 {

    private Babeltrace2() {
    }

    /** The lines babeltrace2 prints for {@code ctf}: one per event. */
    public static List<String> events(Path scratch, Path ctf) throws Exception {
        return run(scratch, ctf.toString());
    }

    /** What {@code sink.text.details} prints: the env entries among it. */
    public static String details(Path scratch, Path ctf) throws Exception {
        return String.join("\n", run(scratch, "-c", "sink.text.details", ctf.toString()));
    }

    /** Runs babeltrace2 with {@code args}, its output in files under {@code scratch}; fails unless it exits with 0. */
    public static List<String> run(Path scratch, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("babeltrace2"));
        command.addAll(List.of(args));
        Path out = Files.createTempFile(scratch, "babeltrace2", ".out");
        Path err = Files.createTempFile(scratch, "babeltrace2", ".err");
        Process process;
        try {
            process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        } catch (IOException e) {
            return fail("babeltrace2 is not installed; install it with 'apt-get install babeltrace2' (CI does): " + e);
        }
        int exit = Deadlines.exitCode(process, "babeltrace2");
        assertEquals(0, exit, () -> "babeltrace2 " + String.join(" ", args) + " failed: " + read(err));
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        Files.delete(out);
        Files.delete(err);
        return lines;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return "(unreadable: " + e + ")";
        }
    }
}
