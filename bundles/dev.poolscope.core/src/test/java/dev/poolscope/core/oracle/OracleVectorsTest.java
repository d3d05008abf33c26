package dev.poolscope.core.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.poolscope.core.SearchMode;
import dev.poolscope.core.Variant;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every vector file of shared/oracle, read in place, against the port: every expected result
 * (produced by the kernel's own C code) must match exactly. The folder comes from the system
 * property {@code poolscope.oracle.dir}, which the build sets.
 */
class OracleVectorsTest {

    static Path oracleDir() {
        String dir = System.getProperty("poolscope.oracle.dir");
        Path path = dir == null ? null : Path.of(dir);
        assertTrue(path != null && Files.isDirectory(path),
                "the oracle folder (system property poolscope.oracle.dir) is missing: " + dir);
        return path;
    }

    static Stream<Path> mainlineFiles() throws IOException {
        return vectorFiles(oracleDir());
    }

    static Stream<Path> v4PatchFiles() throws IOException {
        return vectorFiles(oracleDir().resolve("variants"));
    }

    private static Stream<Path> vectorFiles(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> vectors = files.filter(p -> p.toString().endsWith(".vec") || p.toString().endsWith(".vec.gz"))
                    .sorted().toList();
            assertFalse(vectors.isEmpty(), "no vector files in " + dir);
            return vectors.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mainlineFiles")
    void mainlineAgreesWithTheKernel(Path file) throws Exception {
        assertAgrees(file, Variant.MAINLINE);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("v4PatchFiles")
    void v4PatchAgreesWithThePostedPatch(Path file) throws Exception {
        assertAgrees(file, Variant.V4_PATCH);
    }

    /** The straight port of the kernel's search, which the fast default must equal, agrees too. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("mainlineFiles")
    void theReferenceSearchAgreesWithTheKernel(Path file) throws Exception {
        assertAgrees(new VectorRunner(Variant.MAINLINE, SearchMode.REFERENCE), file);
    }

    /** v4's carried search start is a failed search's value, which the fast search must give exactly. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("v4PatchFiles")
    void theReferenceSearchAgreesWithThePostedPatch(Path file) throws Exception {
        assertAgrees(new VectorRunner(Variant.V4_PATCH, SearchMode.REFERENCE), file);
    }

    /** The oracle README: single-threaded, the pre-patch design gives mainline's first-fit results. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("mainlineFiles")
    void prePatchAgreesOnFirstFitFiles(Path file) throws Exception {
        String name = file.getFileName().toString();
        if (name.contains("first_fit") && !name.contains("align")) {
            assertAgrees(file, Variant.PRE_PATCH);
        }
    }

    /** The variant file must tell v4 from mainline, or the v4 test above proves nothing. */
    @Test
    void mainlineDisagreesWithTheV4File() throws Exception {
        Path file = v4PatchFiles().findFirst().orElseThrow();
        VectorReport report = new VectorRunner(Variant.MAINLINE).run(file);
        assertTrue(report.failed() > 1000, "mainline should differ from v4 on many results: " + report);
    }

    private static void assertAgrees(Path file, Variant variant) throws Exception {
        assertAgrees(new VectorRunner(variant), file);
    }

    private static void assertAgrees(VectorRunner runner, Path file) throws Exception {
        VectorReport report = runner.run(file);
        assertTrue(report.checked() > 0, "no result was checked in " + file);
        assertEquals(0, report.failed(), () -> report.failed() + " of " + report.checked()
                + " results differ:\n" + String.join("\n", report.failures()));
    }
}
