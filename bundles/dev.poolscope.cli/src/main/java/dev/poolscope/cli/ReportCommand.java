package dev.poolscope.cli;

import dev.poolscope.analysis.log.LogPoolText;
import dev.poolscope.report.Report;
import dev.poolscope.trace.workload.PoolSpec;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code poolscope report INPUT [--pool SPEC] -o DIR}: an HTML report with PNG charts and a CSV of
 * every table, of a trace or an allocation log. DIR is written whole or not at all and must be new or
 * empty, so a report never overwrites or mixes with other files. Exit codes: 0 written, 1 the input or
 * DIR failed (the message names the file, and the line of a bad log row), 2 bad arguments.
 */
@Command(name = "report", description = {"Write an HTML report of a trace or an allocation log: DIR/index.html "
        + "with PNG charts, every number also as CSV.",
        "DIR must be new or empty; it is written whole or not at all."})
final class ReportCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "INPUT", description = "a trace file or an allocation log (op,size,id)")
    private Path input;

    @Option(names = "--pool", paramLabel = "SPEC", description = "the pool a log replays through, e.g. "
            + "'order=5 chunks=1MiB@0x10000000 algo=best_fit' (the default: order 5, one 1 MiB chunk at "
            + "0x10000000, first-fit); a trace records its own pool")
    private String pool;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "DIR", description = "the report's directory: new, or empty")
    private Path directory;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Optional<PoolSpec> poolSpec;
        try {
            poolSpec = pool == null ? Optional.empty() : Optional.of(LogPoolText.parse(pool));
        } catch (IllegalArgumentException e) { // a WorkloadFormatException names the token
            throw new CommandLine.ParameterException(spec.commandLine(), "--pool: " + e.getMessage());
        }
        Path page = Report.write(input, poolSpec, directory);
        spec.commandLine().getOut().printf("wrote %s (open it in a browser)%n", page);
        return 0;
    }
}
