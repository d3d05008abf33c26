package dev.poolscope.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.poolscope.core.io.FileOperationException;
import dev.poolscope.testkit.Deadlines;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every file error of every command says the file, the operation and the reason, in one line:
 * {@code poolscope COMMAND: cannot OPERATION FILE: REASON}; an input that is not a regular file is
 * refused at once, before it is opened.
 */
class FileErrorMessagesTest {

    /** Far beyond a refusal, which opens nothing; a FIFO opened for reading would block forever. */
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @TempDir
    Path dir;
    private Path trace;

    @BeforeEach
    void recordATrace() {
        trace = dir.resolve("race.pstrace");
        assertEquals(0, CommandRun.of("record", "--scenario", "same-word-race", "-o", trace.toString()).exitCode);
    }

    @Test
    void inputsThatAreNotRegularFilesAreRefusedAtOnceByEveryReader() throws Exception {
        Path fifo = dir.resolve("fifo");
        assertEquals(0, Deadlines.exitCode(new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start(), "mkfifo"));
        Path ctf = dir.resolve("ctf");
        for (Path input : List.of(fifo, dir, Path.of("/dev/null"))) {
            String what = input == fifo ? "is a FIFO (named pipe), not a regular file"
                    : input == dir ? "is a directory" : "is a character device, not a regular file";
            String reason = "cannot read " + input + ": " + what;
            assertError("poolscope replay: " + reason, "replay", "--check", input.toString());
            assertError("poolscope export-ctf: " + reason, "export-ctf", input.toString(), ctf.toString());
            assertFalse(Files.exists(ctf));
            CommandRun vectors = run("vectors", input.toString());
            assertEquals(1, vectors.exitCode, vectors::toString);
            assertEquals("poolscope vectors: " + reason + "\n", vectors.err);
        }
    }

    @Test
    void missingFilesAndDirectoriesAreNamed() {
        Path none = dir.resolve("none.pstrace");
        assertError("poolscope replay: cannot read " + none + ": no such file", "replay", none.toString());
        assertError("poolscope export-ctf: cannot read " + none + ": no such file", "export-ctf", none.toString(),
                dir.resolve("ctf").toString());
        Path nowhere = dir.resolve("nowhere/run.pstrace");
        assertError("poolscope record: cannot write " + nowhere + ": no such directory " + dir.resolve("nowhere"),
                "record", "--scenario", "same-word-race", "-o", nowhere.toString());
        assertError("poolscope export-ctf: cannot write " + nowhere + ": no such directory " + dir.resolve("nowhere"),
                "export-ctf", trace.toString(), nowhere.toString());
    }

    @Test
    void aDirectoryOrADeviceAsTheOutputIsNamed() {
        assertError("poolscope record: cannot write " + dir + ": is a directory",
                "record", "--scenario", "same-word-race", "-o", dir.toString());
        assertError("poolscope record: cannot write /dev/full: is a character device, not a regular file",
                "record", "--scenario", "same-word-race", "-o", "/dev/full");
        assertError("poolscope export-ctf: cannot write /dev/full: is a character device, not a directory",
                "export-ctf", trace.toString(), "/dev/full");
        assertError("poolscope export-ctf: cannot write " + trace + ": is a regular file, not a directory",
                "export-ctf", trace.toString(), trace.toString());
    }

    @Test
    void aPartFileAlreadyThereIsNamedAndKept() throws Exception {
        Path output = dir.resolve("run.pstrace");
        Path part = Files.writeString(dir.resolve("run.pstrace.part"), "what a killed run left");
        assertError("poolscope record: cannot write " + output + ": " + part + " is in the way: a run that was killed"
                + " may have left it; open or move it, or delete it", "record", "--scenario", "same-word-race",
                "-o", output.toString());
        assertEquals("what a killed run left", Files.readString(part));
        Path ctf = dir.resolve("ctf");
        Path ctfPart = Files.createDirectory(dir.resolve("ctf.part"));
        assertError("poolscope export-ctf: cannot write " + ctf + ": " + ctfPart + " is in the way: a run that was killed"
                + " may have left it; open or move it, or delete it", "export-ctf", trace.toString(), ctf.toString());
        assertFalse(Files.exists(ctf));
    }

    /**
     * A read-only directory and an unreadable file, with the permissions enforced: the tests run as
     * root, whom permissions do not stop, so the command runs in a child that setpriv (util-linux)
     * starts without the capabilities that override them.
     */
    @Test
    void permissionDeniedNamesTheFileAndTheOperation() throws Exception {
        Path readOnly = Files.createDirectory(dir.resolve("ro"));
        Path unreadable = Files.copy(trace, dir.resolve("secret.pstrace"));
        byte[] bytes = Files.readAllBytes(unreadable);
        assertEquals(0, Deadlines.exitCode(new ProcessBuilder("chmod", "555", readOnly.toString()).start(), "chmod"));
        assertEquals(0, Deadlines.exitCode(new ProcessBuilder("chmod", "000", unreadable.toString()).start(), "chmod"));
        Path output = readOnly.resolve("x.pstrace");

        assertChildError("poolscope record: cannot write " + output + " (creating " + output + ".part): permission denied",
                "record", "--scenario", "same-word-race", "-o", output.toString());
        Path ctf = readOnly.resolve("ctf");
        assertChildError("poolscope export-ctf: cannot write " + ctf + " (creating " + ctf + ".part): permission denied",
                "export-ctf", trace.toString(), ctf.toString());
        assertChildError("poolscope replay: cannot read " + unreadable + ": permission denied",
                "replay", unreadable.toString());
        assertEquals(List.of(), Files.list(readOnly).toList());
        assertArrayEquals(bytes, Files.readAllBytes(unreadable));
    }

    @Test
    void aJdkFileErrorAndWhatElseFailedOnTheWayAreSaidInTheSameWords() {
        IOException failure = new AccessDeniedException("ro/x.pstrace");
        failure.addSuppressed(FileOperationException.of("delete", Path.of("ro/x.pstrace.part"), "the unfinished output",
                new AccessDeniedException("ro/x.pstrace.part")));
        assertEquals("cannot access ro/x.pstrace: permission denied; and cannot delete ro/x.pstrace.part (the unfinished"
                + " output): permission denied", Main.message(failure));
    }

    private void assertError(String line, String... args) {
        CommandRun run = run(args);
        assertEquals(1, run.exitCode, run::toString);
        assertEquals(line + "\n", run.err);
    }

    private static CommandRun run(String... args) {
        return assertTimeoutPreemptively(PATIENCE, () -> CommandRun.of(args));
    }

    private void assertChildError(String line, String... command) throws Exception {
        ChildRecord child = ChildRecord.start(dir, "", List.of("setpriv", "--bounding-set",
                "-dac_override,-dac_read_search,-fowner"), List.of(command));
        assertEquals(1, child.exitCode(), child::toString);
        assertEquals(line + "\n", child.err());
    }
}
