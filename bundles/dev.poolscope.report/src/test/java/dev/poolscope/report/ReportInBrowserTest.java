package dev.poolscope.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.poolscope.testkit.Chromium;
import dev.poolscope.testkit.Recorded;

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
 * is taken and kept as {@code target/screenshots/log.png} or {@code trace.png}, for a person to look at.
 */
class ReportInBrowserTest {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @TempDir
    Path dir;

    private Path report() throws Exception {
        Path log = Logs.random(dir, 6000, 7);
        return Report.write(log, Optional.empty(), dir.resolve("report"));
    }

    /** A trace whose pool is overfilled, so that its report lists failed allocations. */
    private Path traceReport() throws Exception {
        Path trace = dir.resolve("overfilled.pst");
        Recorded.toFile(Recorded.overfilledPool(), trace);
        return Report.write(trace, Optional.empty(), dir.resolve("trace-report"));
    }

    private static List<String> pngs(Path report) throws Exception {
        try (Stream<Path> files = Files.list(report)) {
            return files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".png")).sorted().toList();
        }
    }

    @Test
    void aLogsReportLoadsWholeAndEveryChartDecodes() throws Exception {
        loadsWhole(report(), "log.png");
    }

    @Test
    void aTracesReportLoadsWholeAndEveryChartDecodes() throws Exception {
        Path page = traceReport();
        loadsWhole(page, "trace.png");
        String html = Files.readString(page);
        assertTrue(html.contains("Algorithms compared") && html.contains("compared-external.png"), "the comparison");
        assertTrue(Files.readAllLines(page.getParent().resolve("failures.csv")).size() > 1, "the overfilled pool's "
                + "failed allocations are listed");
    }

    private void loadsWhole(Path page, String screenshotName) throws Exception {
        Path shot = Files.createDirectories(SCREENSHOTS).resolve(screenshotName);
        Chromium.PageCheck check = Chromium.check(page, shot, dir);
        check.assertWhole();
        List<String> pngs = pngs(page.getParent());
        assertTrue(pngs.size() >= 3, "a report has its charts: " + pngs);
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
