package dev.poolscope.cli;

import dev.poolscope.analysis.capture.Capture;
import dev.poolscope.analysis.capture.CapturePools;
import dev.poolscope.analysis.capture.CaptureReader;
import dev.poolscope.analysis.capture.FidelityCheck;
import dev.poolscope.analysis.capture.FidelityReport;
import dev.poolscope.analysis.capture.PoolFidelity;

import java.io.IOException;
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
 * {@code poolscope fidelity CAPTURE [--pool PTR]}: replays each pool of a kernel capture through
 * the allocator and checks that every allocation lands where the kernel's did. Exit code 0 only
 * when every pool checked passed, 1 when one did not, 2 for a capture that cannot be read (or a
 * pool it does not have) as for a bad argument.
 */
@Command(name = "fidelity", description = {
        "Check a kernel capture (releng/capture/CAPTURE-FORMAT.md) against Poolscope's allocator: each pool is "
                + "replayed through a mainline pool from its create or its first snapshot, its events in seq order "
                + "(the kernel's completion order). An allocation passes when the replay, running the algorithm the "
                + "kernel ran, returns the kernel's address (or both fail); one that overlapped another call on the "
                + "pool passes when the kernel's result is free in the replay, and is then taken as the kernel gave "
                + "it. After a divergence the kernel's result is taken, so later ones are still checked. At the end "
                + "every chunk's words and avail must equal the pool's last final or destroy snapshot.",
        "A pool alive when the module lost records is checked up to the loss and reported incomplete, which "
                + "fails. The last line is 'N passed, N failed', counting allocation calls."})
final class FidelityCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "CAPTURE", description = "a capture file")
    private Path input;

    @Option(names = "--pool", paramLabel = "PTR", description = "check only the pool at this pointer (0x...)")
    private String pool;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Capture capture;
        List<PoolFidelity> pools;
        try {
            capture = CaptureReader.read(input);
            pools = pool == null ? FidelityCheck.check(capture).pools()
                    : List.of(FidelityCheck.check(capture, CapturePools.choose(capture, pool, null)));
        } catch (IOException | IllegalArgumentException e) {
            spec.commandLine().getErr().println("poolscope fidelity: " + Main.message(e));
            return 2;
        }
        FidelityReport report = new FidelityReport(capture, pools);
        FidelityPrinter.capture(out, capture);
        pools.forEach(p -> FidelityPrinter.pool(out, p));
        if (pools.isEmpty()) {
            out.println("no pool in the capture: nothing to check, which is no pass");
        }
        out.printf(Locale.ROOT, "%d passed, %d failed%n", report.allocsPassed(), report.allocsFailed());
        return report.passed() ? 0 : 1;
    }
}
