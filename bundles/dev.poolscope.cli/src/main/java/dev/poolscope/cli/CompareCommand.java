package dev.poolscope.cli;

import dev.poolscope.analysis.compare.BitmapHex;
import dev.poolscope.analysis.compare.Comparison;
import dev.poolscope.analysis.compare.ComparisonCsv;
import dev.poolscope.analysis.compare.Contender;
import dev.poolscope.analysis.compare.ContenderResult;
import dev.poolscope.core.io.WholeOutput;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code poolscope compare INPUT}: one operation sequence (a log's rows, a trace's operations)
 * replayed through each algorithm and variant, with a row per algorithm per checkpoint, the failed
 * allocations with their reasons, and the findings in words; or the rows as CSV.
 */
@Command(name = "compare", description = {
        "Replay one operation sequence through each algorithm and variant and compare failed allocations and "
                + "their reasons, F, R, L, E, U(n), FI(n), internal fragmentation and avail.",
        "INPUT is an allocation log when its first line that is not a comment is 'op,size,id' or 'op,size,id,caller' (see "
                + "ALLOCATION-LOG.md), else a trace file, whose operations are taken single-threaded in sequence "
                + "order (an alloc at its begin, with the size asked).",
        "An algorithm is ALGORITHM[:BYTES][@VARIANT]: first-fit, first-fit-align[:ALIGN] (default 4 units' bytes), "
                + "fixed[:OFFSET] (default 0, from each chunk's start), order-align, best-fit; @v4-patch (first-fit "
                + "only) or @pre-patch (the same bits as mainline when single-threaded) picks a variant, mainline "
                + "otherwise. Rows name each algorithm with its parameter written out (first-fit-align:128)."})
final class CompareCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "INPUT", description = "an allocation log (.csv) or a trace file")
    private Path input;

    @Option(names = "--pool", paramLabel = "SPEC", description = "the pool, in the workload syntax: 'order=5 "
            + "chunks=1MiB@0x10000000' (default: that for a log, the trace's own pool for a trace)")
    private String pool;

    @Option(names = "--algorithms", paramLabel = "LIST", description = "comma-separated algorithms (default: "
            + "first-fit,first-fit-align,fixed,order-align,best-fit,first-fit@v4-patch)")
    private String algorithms;

    @Option(names = "--checkpoints", paramLabel = "K", defaultValue = "1", description = "report the state after the "
            + "first floor(ops*k/K) operations for k = 1..K (default: 1, the end)")
    private int checkpoints;

    @Option(names = "--csv", description = "print one CSV row per algorithm per checkpoint, with a header, and nothing else")
    private boolean csv;

    @Option(names = "--request-units", paramLabel = "LIST", split = ",", description = "request sizes in units for "
            + "U(n) and FI(n) (default: 1,2,4,...,2048)")
    private long[] requestUnits;

    @Option(names = "--bitmaps", paramLabel = "DIR", description = "write each algorithm's final bitmap as "
            + "DIR/<algorithm>.hex: one 64-bit word per line, 16 lowercase hex digits, word 0 first (bit i is bit "
            + "i%%64 of word i/64), chunks in order of addition one after another; DIR must be new or empty and is "
            + "written whole or not at all")
    private Path bitmaps;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (checkpoints < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--checkpoints must be at least 1, got " + checkpoints);
        }
        AnalysisInput in = AnalysisInput.read(input, pool);
        int order = in.pool().minAllocOrder();
        List<Contender> contenders = algorithms == null ? Contender.defaults(order) : Contender.parseList(algorithms, order);
        Comparison comparison = Comparison.run(in.operations(), in.pool(), contenders, checkpoints,
                requestUnits == null ? Comparison.defaultRequestUnits() : requestUnits);
        PrintWriter out = spec.commandLine().getOut();
        if (csv) {
            ComparisonCsv.lines(comparison).forEach(out::println);
        } else {
            ComparisonTable.print(out, input, in, comparison);
        }
        if (bitmaps != null) {
            writeBitmaps(comparison);
        }
        return 0;
    }

    private void writeBitmaps(Comparison comparison) throws IOException {
        try (WholeOutput output = WholeOutput.directory(bitmaps)) {
            try {
                for (ContenderResult result : comparison.results()) {
                    Path file = output.temporary().resolve(result.contender().name() + ".hex");
                    Files.write(file, BitmapHex.lines(result.finalBitmap()), StandardCharsets.US_ASCII);
                }
            } catch (IOException e) {
                throw output.failed(e);
            }
            output.commit();
        }
    }
}
