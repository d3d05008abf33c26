package dev.poolscope.core.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.poolscope.core.Variant;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The runner itself: it must catch a wrong result and name a malformed line. */
class VectorRunnerTest {

    @TempDir
    Path dir;

    private Path write(String text) throws IOException {
        Path file = dir.resolve("t.vec");
        Files.writeString(file, text);
        return file;
    }

    @Test
    void countsAWrongResultAsFailed() throws Exception {
        Path file = write("pool min_alloc_order=5\nadd virt=0x1000 phys=0x0 size=1024\n"
                + "alloc 32 -> 0x1000\nalloc 32 -> 0x1000\navail -> 960\n");
        VectorReport report = new VectorRunner(Variant.MAINLINE).run(file);
        assertEquals(3, report.checked());
        assertEquals(1, report.failed());
        assertTrue(report.failures().get(0).contains(":4:"), report.failures().get(0));
        assertTrue(report.failures().get(0).contains("got 0x1020"), report.failures().get(0));
    }

    @Test
    void countsACallThatThrowsAsFailed() throws Exception {
        Path file = write("pool min_alloc_order=5\nadd virt=0x1000 phys=0x0 size=1024\nfree 0x9000 32\n");
        VectorReport report = new VectorRunner(Variant.MAINLINE).run(file);
        assertEquals(1, report.failed());
        assertTrue(report.failures().get(0).contains("in no chunk"), report.failures().get(0));
    }

    @Test
    void namesFileAndLineOfAMalformedLine() throws Exception {
        Path file = write("pool min_alloc_order=5\nadd virt=0x1000 phys=0x0 size=1024\nalloc 32 => 0x1000\n");
        VectorFormatException e = assertThrows(VectorFormatException.class,
                () -> new VectorRunner(Variant.MAINLINE).run(file));
        assertTrue(e.getMessage().startsWith(file + ":3: "), e.getMessage());
    }

    @Test
    void refusesSignedAndUppercaseNumbers() throws Exception {
        Path signed = write("pool min_alloc_order=5\nadd virt=0x1000 phys=0x0 size=1024\nalloc -32 -> 0x0\n");
        assertThrows(VectorFormatException.class, () -> new VectorRunner(Variant.MAINLINE).run(signed));
        Path upper = write("pool min_alloc_order=5\nadd virt=0x1A00 phys=0x0 size=1024\n");
        assertThrows(VectorFormatException.class, () -> new VectorRunner(Variant.MAINLINE).run(upper));
    }

    @Test
    void refusesAnOperationBeforeThePool() throws Exception {
        Path file = write("# comment\n\navail -> 0\n");
        VectorFormatException e = assertThrows(VectorFormatException.class,
                () -> new VectorRunner(Variant.MAINLINE).run(file));
        assertTrue(e.getMessage().contains(":3: "), e.getMessage());
    }

    @Test
    void refusesAPoolOverTheLimitsAndRunsTheNextPool() throws Exception {
        Path file = write("pool min_alloc_order=0\nadd virt=0x0 phys=0x0 size=68719476736\nalloc 32 -> 0x0\n"
                + "avail -> 68719476736\ndestroy\n"
                + "pool min_alloc_order=5\nadd virt=0x1000 phys=0x0 size=1024\nalloc 32 -> 0x1000\navail -> 992\n");
        VectorReport report = new VectorRunner(Variant.MAINLINE).run(file);
        assertEquals(1, report.failed(), report.failures().toString());
        assertEquals(3, report.checked(), "the refused add, then the second pool's two results");
        String failure = report.failures().get(0);
        assertTrue(failure.startsWith(file + ":2: "), failure);
        assertTrue(failure.contains("refused: chunk 0 (68719476736 bytes at order 0) has 68719476736 units"), failure);
        assertTrue(failure.contains("later lines are skipped"), failure);
    }
}
