package dev.poolscope.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.poolscope.testkit.Chromium;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A report as a browser shows it: Debian's headless chromium loads it, every image decodes, a screenshot
 * is taken and kept as {@code target/screenshots/report.png}, for a person to look at.
 */
class ReportInBrowserTest {

    private static final Path SCREENSHOT = Path.of("target", "screenshots", "report.png");

    @TempDir
    Path dir;

    private Path report() throws Exception {
        Path log = Logs.random(dir, 6000, 7);
        return Report.write(log, Optional.empty(), dir.resolve("report"));
    }

    private static List<String> pngs(Path report) throws Exception {
        try (Stream<Path> files = Files.list(report)) {
            return files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".png")).sorted().toList();
        }
    }

    @Test
    void theReportLoadsWholeAndEveryChartDecodes() throws Exception {
        Path page = report();
        Path shot = Files.createDirectories(SCREENSHOT.getParent()).resolve(SCREENSHOT.getFileName());
        Chromium.PageCheck check = Chromium.check(page, shot, dir);
        check.assertWhole();
        List<String> pngs = pngs(page.getParent());
        assertTrue(pngs.size() >= 3, "a log's report has its charts: " + pngs);
        assertEquals(pngs.size(), check.images(), "one <img> per PNG written");
        for (String png : pngs) {
            assertTrue(check.requested().stream().anyMatch(url -> url.endsWith("/" + png)), png + " was loaded");
        }
        BufferedImage screenshot = ImageIO.read(shot.toFile());
        assertEquals(Chromium.WIDTH, screenshot.getWidth());
        assertTrue(screenshot.getHeight() > Chromium.HEIGHT, "the whole page, taller than one screen");
    }

    @Test
    void aMissingChartFailsTheCheck() throws Exception {
        Path page = report();
        String gone = pngs(page.getParent()).get(0);
        Files.delete(page.getParent().resolve(gone));
        Chromium.PageCheck check = Chromium.check(page, dir.resolve("shot.png"), dir);
        assertEquals(List.of(gone), check.brokenImages());
        assertTrue(check.failed().stream().anyMatch(failure -> failure.contains("/" + gone + ": ")), check.failed().toString());
        assertThrows(AssertionError.class, check::assertWhole);
    }
}
