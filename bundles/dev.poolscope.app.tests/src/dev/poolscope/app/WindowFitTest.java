package dev.poolscope.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.poolscope.testkit.Recorded;
import dev.poolscope.trace.scenario.Scenarios;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

import org.eclipse.swt.graphics.Rectangle;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The workbench as a new user starts it on a laptop (1366x768) and on a desktop (1920x1080)
 * screen, each an X server of its own with the workbench in a JVM of its own: the window, its
 * status line, the Heat Grid's right edge and the Step Inspector all lie on the screen.
 */
class WindowFitTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"1366, 768", "1920, 1080"})
    void theWorkbenchFitsTheScreen(int width, int height) throws Exception {
        Path trace = dir.resolve("race.pstrace");
        Recorded.toFile(Scenarios.byName("same-word-race"), trace);
        Path report = dir.resolve("report.properties");
        try (PrivateScreen screen = PrivateScreen.start(width, height)) {
            ChildWorkbench.run("dev.poolscope.app.tests.windowFitCheck", screen.display(), dir, report,
                    report.toString(), trace.toString());
        }
        Properties found = new Properties();
        try (InputStream in = Files.newInputStream(report)) {
            found.load(in);
        }
        assertNull(found.getProperty("failure"), () -> found.getProperty("failure"));

        Rectangle client = rectangle(found, "screen");
        assertEquals(new Rectangle(0, 0, width, height), client, "under Xvfb the client area is the whole screen");
        for (String part : List.of("window", "status", "heatGrid", "inspector")) {
            Rectangle r = rectangle(found, part);
            assertTrue(r.width > 0 && r.height > 0 && client.contains(r.x, r.y)
                    && client.contains(r.x + r.width - 1, r.y + r.height - 1), part + " " + r + " lies on " + client);
        }
        boolean small = width < WindowPlacement.PREFERRED_WIDTH || height < WindowPlacement.PREFERRED_HEIGHT;
        Rectangle window = rectangle(found, "window");
        if (small) {
            assertEquals(client, window, "a screen smaller than the preferred size: the window fills it");
            assertEquals("true", found.getProperty("maximized"));
        } else {
            assertEquals(WindowPlacement.PREFERRED_WIDTH, window.width);
            assertEquals(WindowPlacement.PREFERRED_HEIGHT, window.height);
        }
    }

    private static Rectangle rectangle(Properties found, String key) {
        String value = found.getProperty(key);
        assertTrue(value != null, () -> "the report has no " + key + ": " + found);
        int[] v = Arrays.stream(value.split(",")).mapToInt(Integer::parseInt).toArray();
        return new Rectangle(v[0], v[1], v[2], v[3]);
    }
}
