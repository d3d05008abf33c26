package dev.poolscope.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** The trace file on the command line: the last argument, unless it is an option or an option's value. */
class LaunchArgumentsTest {

    @Test
    void theLastArgumentIsTheTraceFile() {
        assertEquals(Optional.of(Path.of("/tmp/run.pst")),
                LaunchArguments.traceFile(new String[] {"-clearPersistedState", "/tmp/run.pst"}));
        assertEquals(Optional.of(Path.of("/tmp/run.pst")), LaunchArguments.traceFile(new String[] {"/tmp/run.pst"}));
    }

    @Test
    void aRelativePathIsTakenFromTheWorkingFolder() {
        assertEquals(Optional.of(Path.of("run.pst").toAbsolutePath()),
                LaunchArguments.traceFile(new String[] {"run.pst"}));
    }

    @Test
    void noFileWithoutArgumentsOrWhenTheLastIsAnOptionOrItsValue() {
        assertEquals(Optional.empty(), LaunchArguments.traceFile(new String[0]));
        assertEquals(Optional.empty(), LaunchArguments.traceFile(new String[] {"-clearPersistedState"}));
        assertEquals(Optional.empty(), LaunchArguments.traceFile(new String[] {"-data", "/home/me/workspace"}));
        assertEquals(Optional.empty(), LaunchArguments.traceFile(new String[] {"-name", "Poolscope"}));
    }
}
