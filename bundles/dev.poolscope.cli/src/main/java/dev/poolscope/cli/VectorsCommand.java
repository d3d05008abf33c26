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
 * every expected result. One line per file, then the files that passed and failed and, apart, the
 * results that agreed and differed; exit code 0 only when every file passed. A malformed or
 * unreadable file is an error on stderr (file and line) and a failed file; a file with no result to
 * check fails too, since it proves nothing.
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
        long passedFiles = 0;
        long agreed = 0;
        long differed = 0;
        for (Path file : files) {
            try {
                VectorReport report = runner.run(file);
                passedFiles += report.passed() ? 1 : 0;
                agreed += report.checked() - report.failed();
                differed += report.failed();
                out.println(describe(report));
                report.failures().forEach(f -> out.println("  " + f));
            } catch (VectorFormatException e) {
                out.println("ERROR " + file + ": malformed");
                err.println("poolscope vectors: " + e.getMessage());
            } catch (IOException e) {
                out.println("ERROR " + file + ": unreadable");
                err.println("poolscope vectors: " + Main.message(e)); // the runner names the file
            }
        }
        out.printf("%,d file%s: %,d passed, %,d failed; %,d results agree, %,d differ%n", files.size(),
                files.size() == 1 ? "" : "s", passedFiles, files.size() - passedFiles, agreed, differed);
        return passedFiles == files.size() ? 0 : 1;
    }

    private Variant variant() {
        try {
            return Variant.byId(variant);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    private static String describe(VectorReport report) {
        return report.passed() ? String.format("PASS %s: %,d results agree", report.file(), report.checked())
                : report.checked() == 0 ? "FAIL " + report.file() + ": no results to check (no line with '->')"
                : String.format("FAIL %s: %,d of %,d results differ", report.file(), report.failed(), report.checked());
    }
}
