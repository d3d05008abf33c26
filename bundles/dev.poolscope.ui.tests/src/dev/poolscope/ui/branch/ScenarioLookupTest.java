package dev.poolscope.ui.branch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.poolscope.trace.scenario.ScenarioText;
import dev.poolscope.trace.scenario.Scenarios;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scenario a trace names when it is branched: built in, or read from the file the user points at. */
class ScenarioLookupTest {

    @TempDir
    Path dir;

    private final List<String> asked = new ArrayList<>();

    @Test
    void aBuiltInScenarioIsFoundWithoutAsking() {
        assertSame(Scenarios.byName("same-word-race"), lookup(Optional.empty()).apply("same-word-race"));
        assertEquals(List.of(), asked);
    }

    @Test
    void aScenarioOfTheUsersOwnIsReadFromTheFileTheyGive() throws Exception {
        String text = ScenarioText.write(Scenarios.byName("same-word-race")).replace("name: same-word-race", "name: mine");
        Path file = Files.writeString(dir.resolve("mine.scenario"), text);

        assertEquals("mine", lookup(Optional.of(file)).apply("mine").name());
        assertEquals(List.of("mine"), asked);
    }

    @Test
    void aFileOfAnotherScenarioOrNoFileIsRefused() throws Exception {
        Path other = Files.writeString(dir.resolve("other.scenario"), ScenarioText.write(Scenarios.byName("retry-storm")));
        IllegalArgumentException wrong = assertThrows(IllegalArgumentException.class,
                () -> lookup(Optional.of(other)).apply("mine"));
        assertEquals(other + " holds scenario 'retry-storm', not 'mine'", wrong.getMessage());
        IllegalArgumentException none = assertThrows(IllegalArgumentException.class,
                () -> lookup(Optional.empty()).apply("mine"));
        assertEquals("scenario 'mine' is not built in, and no scenario file was given for it", none.getMessage());
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                () -> lookup(Optional.of(dir.resolve("gone.scenario"))).apply("mine"));
        assertTrue(missing.getMessage().startsWith("scenario 'mine': cannot read " + dir.resolve("gone.scenario")),
                missing.getMessage());
    }

    private ScenarioLookup lookup(Optional<Path> answer) {
        return new ScenarioLookup(name -> {
            asked.add(name);
            return answer;
        });
    }
}
