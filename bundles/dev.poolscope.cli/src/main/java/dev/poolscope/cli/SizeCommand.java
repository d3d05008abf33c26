package dev.poolscope.cli;

import dev.poolscope.analysis.compare.Contender;
import dev.poolscope.analysis.sizing.PoolSize;
import dev.poolscope.analysis.sizing.PoolSizer;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code poolscope size LOG}: per algorithm, the smallest one-chunk pool in whole units that replays
 * the log with no failed allocation, and the two replays that verify it. Exit code 0 even when some
 * algorithm holds the log at no size: that is an answer, said on its line.
 */
@Command(name = "size", description = {
        "The smallest pool, in whole units per algorithm, for which the log replays with no failed allocation "
                + "(what coherent_pool= would have held): found by bisection over replays on one chunk at the "
                + "pool's first chunk address, verified by a replay at that size (0 failed) and at one unit less.",
        "LOG is an allocation log, or a trace whose operations are taken as for 'compare'. Algorithms are "
                + "named as for 'compare'."})
final class SizeCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "LOG", description = "an allocation log (.csv) or a trace file")
    private Path input;

    @Option(names = "--pool", paramLabel = "SPEC", description = "the unit order and the chunk address, in the "
            + "workload syntax (default: 'order=5 chunks=1MiB@0x10000000' for a log, the trace's own pool for a "
            + "trace); the chunk sizes are what is searched")
    private String pool;

    @Option(names = "--algorithms", paramLabel = "LIST", description = "comma-separated algorithms (default: "
            + "first-fit,first-fit-align,fixed,order-align,best-fit,first-fit@v4-patch)")
    private String algorithms;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        AnalysisInput in = AnalysisInput.read(input, pool);
        int order = in.pool().minAllocOrder();
        List<Contender> contenders = algorithms == null ? Contender.defaults(order) : Contender.parseList(algorithms, order);
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "%s: %s, %,d operations (%,d allocs), peak %,d live units of %d bytes; one chunk at 0x%x%n",
                input, in.kind(), in.operations().operations(), in.operations().allocs(),
                PoolSizer.peakLiveUnits(in.operations(), order), 1L << order, in.pool().chunks().get(0).start());
        for (Contender contender : contenders) {
            PoolSize size = PoolSizer.size(in.operations(), in.pool(), contender);
            out.println(size.describe());
            out.println("  " + size.verification());
        }
        return 0;
    }
}
