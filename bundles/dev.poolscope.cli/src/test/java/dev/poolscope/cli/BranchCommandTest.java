package dev.poolscope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.poolscope.trace.BranchOrigin;
import dev.poolscope.trace.file.TraceFile;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** branch: the branch point, a branch recorded with its origin, replay telling it, and what is refused. */
class BranchCommandTest {

    private static final Pattern POINT = Pattern.compile(".*: after event 6 \\(step (\\d+)\\) T(\\d) takes the next step; "
            + "T(\\d) can instead");

    @TempDir
    Path dir;

    @Test
    void withoutAThreadItSaysWhoCouldTakeTheNextStepAndWithOneItRecordsTheBranch() throws Exception {
        Path parent = dir.resolve("parent.pstrace");
        CommandRun.expecting(0, "record", "--scenario", "same-word-race", "-o", parent.toString());

        CommandRun point = CommandRun.expecting(0, "branch", parent.toString(), "--at", "6");
        Matcher said = POINT.matcher(point.lines().get(0));
        assertTrue(said.matches(), point::toString);
        String other = said.group(3);

        Path branch = dir.resolve("branch.pstrace");
        CommandRun made = CommandRun.expecting(0, "branch", parent.toString(), "--at", "6", "--thread", other, "-o",
                branch.toString());
        assertTrue(made.out.contains("recorded the branch, T" + other + " taking the step after event 6"), made::toString);
        try (TraceFile trace = TraceFile.open(branch)) {
            assertEquals(new BranchOrigin(parent.toAbsolutePath().normalize().toString(), 6, Integer.parseInt(other)),
                    trace.header().origin().orElseThrow());
        }
        CommandRun replay = CommandRun.expecting(0, "replay", branch.toString());
        assertTrue(replay.out.contains("branched from " + parent.toAbsolutePath().normalize() + " at event 6, T" + other
                + " taking the next step"), replay::toString);
    }

    @Test
    void theTracesOwnThreadIsRefusedAndNothingIsWritten() throws Exception {
        Path parent = dir.resolve("parent.pstrace");
        CommandRun.expecting(0, "record", "--scenario", "same-word-race", "-o", parent.toString());
        Matcher said = POINT.matcher(CommandRun.expecting(0, "branch", parent.toString(), "--at", "6").lines().get(0));
        assertTrue(said.matches());
        Path branch = dir.resolve("branch.pstrace");

        CommandRun refused = CommandRun.expecting(1, "branch", parent.toString(), "--at", "6", "--thread", said.group(2),
                "-o", branch.toString());

        assertTrue(refused.err.contains("T" + said.group(2) + " takes that step in the trace already"), refused::toString);
        assertFalse(Files.exists(branch));
    }

    @Test
    void aThreadWithoutAnOutputIsAMistakeOfTheCommandLine() {
        CommandRun run = CommandRun.expecting(2, "branch", "x.pstrace", "--at", "1", "--thread", "1");
        assertTrue(run.err.contains("--thread and --output go together"), run::toString);
    }
}
