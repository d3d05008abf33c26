package dev.poolscope.cli;

import dev.poolscope.core.Variant;
import dev.poolscope.core.oracle.VectorFormatException;
import dev.poolscope.core.oracle.VectorReport;
import dev.poolscope.core.oracle.VectorRunner;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code poolscope vectors [--variant V] FILE...}: replays gen_pool test vector files and compares
 * every expected result. One line per file, then {@code N passed, N failed} over the checked
 * results; exit code 0 only when nothing failed. A malformed or unreadable file is an error on
 * stderr (file and line) and counts as one failure.
 */
@Command(name = "vectors", description = "Run gen_pool test vector files (plain or .gz) and compare every result.")
final class VectorsCommand implements Callable<Integer> {

    @Option(names = "--variant", defaultValue = "mainline", paramLabel = "VARIANT",
            description = "mainline (default), v4-patch or pre-patch")
    private String variant;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "vector files")
    private List<Path> files;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        VectorRunner runner = new VectorRunner(variant());
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        long passed = 0;
        long failed = 0;
        for (Path file : files) {
            try {
                VectorReport report = runner.run(file);
                passed += report.checked() - report.failed();
                failed += report.failed();
                out.println(describe(report));
                report.failures().forEach(f -> out.println("  " + f));
            } catch (VectorFormatException e) {
                failed++;
                out.println("ERROR " + file + ": malformed");
                err.println("poolscope vectors: " + e.getMessage());
            } catch (IOException e) {
                failed++;
                out.println("ERROR " + file + ": unreadable");
                err.println("poolscope vectors: " + Main.message(e)); // the runner names the file
            }
        }
        out.println(passed + " passed, " + failed + " failed");
        return failed == 0 ? 0 : 1;
    }

    private Variant variant() {
        try {
            return Variant.byId(variant);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    private static String describe(VectorReport report) {
        return report.passed()
                ? "PASS " + report.file() + ": " + report.checked() + " results agree"
                : "FAIL " + report.file() + ": " + report.failed() + " of " + report.checked() + " results differ";
    }
}
