package dev.poolscope.ui.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.poolscope.trace.BranchOrigin;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.swt.widgets.Display;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** File > Open of a branch: the question offering its parent, and the notice when the parent is gone. */
class AskForParentTest {

    @TempDir
    Path dir;

    private final Display display = Display.getDefault();
    private final List<String> asked = new ArrayList<>();
    private final List<String> told = new ArrayList<>();

    @Test
    void theParentOpensBesideTheBranchOnlyWhenTheUserSaysYes() throws Exception {
        Path parent = Files.writeString(dir.resolve("parent.pstrace"), "a trace");
        Path branch = dir.resolve("branch.pstrace");
        BranchOrigin origin = new BranchOrigin(parent.toString(), 41, 1);

        assertEquals(Optional.of(parent), ask(true).parentOf(branch, origin));
        assertEquals(Optional.empty(), ask(false).parentOf(branch, origin));

        assertEquals(2, asked.size());
        assertEquals("branch.pstrace is a branch of " + parent + ": the two share events 0 to 41, then T1 takes the next"
                + " step.\n\nOpen parent.pstrace beside it, the two aligned at their events?", asked.get(0));
        assertEquals(List.of(), told);
    }

    @Test
    void aParentThatIsGoneIsSaidSoAndNotAskedFor() {
        Path branch = dir.resolve("branch.pstrace");
        BranchOrigin origin = new BranchOrigin("/nowhere/parent.pstrace", 3, 0);

        assertEquals(Optional.empty(), ask(true).parentOf(branch, origin));

        assertEquals(List.of(), asked);
        assertEquals(1, told.size());
        assertTrue(told.get(0).startsWith("branch.pstrace is a branch of /nowhere/parent.pstrace, which is not there any"
                + " more, nor beside it."), told.get(0));
    }

    private AskForParent ask(boolean answer) {
        return new AskForParent(display, (shell, text) -> {
            asked.add(text);
            return answer;
        }, (shell, text) -> told.add(text));
    }
}
