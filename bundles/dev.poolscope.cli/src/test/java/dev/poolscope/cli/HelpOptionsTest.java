package dev.poolscope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.junit.jupiter.api.Test;

/** Every command answers {@code --help} and {@code -h} with its usage, and {@code --version}, as the top level does. */
class HelpOptionsTest {

    @Test
    void everyCommandHasHelpAndVersion() {
        Set<String> commands = Main.commandLine().getSubcommands().keySet();
        assertTrue(commands.containsAll(Set.of("record", "replay", "vectors", "export-ctf", "scenarios", "fidelity", "import")), commands.toString());
        for (String command : commands) {
            for (String help : new String[] {"--help", "-h"}) {
                CommandRun run = CommandRun.of(command, help);
                assertEquals(0, run.exitCode, command + " " + help + ": " + run);
                assertTrue(run.out.startsWith("Usage: poolscope " + command), run.toString());
                assertFalse(run.err.contains("Unknown option"), run.toString());
            }
            CommandRun version = CommandRun.of(command, "--version");
            assertEquals("Poolscope 0.1.0", version.out.strip(), version.toString());
        }
    }
}
