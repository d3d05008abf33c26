package dev.poolscope.cli;

import dev.poolscope.analysis.capture.Capture;
import dev.poolscope.analysis.capture.CaptureImport;
import dev.poolscope.analysis.capture.CaptureNotReplayedException;
import dev.poolscope.analysis.capture.CapturePools;
import dev.poolscope.analysis.capture.CaptureReader;
import dev.poolscope.analysis.capture.CaptureRecording;
import dev.poolscope.analysis.capture.CapturedPool;
import dev.poolscope.analysis.capture.ImportedLog;
import dev.poolscope.analysis.capture.PoolFidelity;
import dev.poolscope.core.io.WholeOutput;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code poolscope import CAPTURE [--pool PTR | --caller TEXT] -o OUT.pstrace|OUT.csv}: one pool of a
 * kernel capture as a trace the workbench opens (its start state, tasks as threads, callers as labels),
 * or as an allocation log with callers and its geometry as a {@code --pool} spec for compare and size;
 * written whole either way. Exit code 2 for a capture that cannot be read or a pool it does not have,
 * 1 when the output cannot be written or the pool's replay does not pass the fidelity check (no trace).
 */
@Command(name = "import", description = {
        "Write one pool of a kernel capture as a trace (OUT.pstrace) that the workbench opens like any: the pool "
                + "as the kernel first showed it (a pool made before the capture starts with its snapshot's units "
                + "allocated), each kernel task a thread, each allocation labelled with its caller. The trace is "
                + "the fidelity check's replay recorded, so a pool whose replay does not pass is not written.",
        "Or write it as an allocation log (OUT.csv, ALLOCATION-LOG.md) (ALLOCATION-LOG.md) with a caller column: its allocs "
                + "and frees in seq order, the kernel's failed allocations kept as allocs (a replay may fail them or "
                + "not: that is the question), and print its geometry as a --pool spec for compare and size.",
        "A log starts from an empty pool: for a pool the kernel made before the capture began, frees of memory "
                + "allocated before are left out and counted, and the units allocated at the start are said."})
final class ImportCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "CAPTURE", description = "a capture file")
    private Path input;

    @Option(names = "--pool", paramLabel = "PTR", description = "the pool at this pointer (0x...)")
    private String pool;

    @Option(names = "--caller", paramLabel = "TEXT", description = "the pool whose allocations have a caller containing TEXT")
    private String caller;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT.pstrace|OUT.csv",
            description = "the trace (a name ending .pstrace) or the log (any other name) to write")
    private Path output;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (pool != null && caller != null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "give --pool or --caller, not both");
        }
        Capture capture;
        CapturedPool chosen;
        try {
            capture = CaptureReader.read(input);
            chosen = CapturePools.choose(capture, pool, caller);
        } catch (IOException | IllegalArgumentException e) {
            spec.commandLine().getErr().println("poolscope import: " + Main.message(e));
            return 2;
        }
        return output.getFileName().toString().endsWith(".pstrace") ? trace(capture, chosen) : log(capture, chosen);
    }

    private int trace(Capture capture, CapturedPool chosen) throws IOException, InterruptedException {
        PoolFidelity fidelity;
        try {
            fidelity = CaptureRecording.record(capture, chosen, output);
        } catch (CaptureNotReplayedException e) {
            spec.commandLine().getErr().println("poolscope import: " + e.getMessage());
            return 1;
        }
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "%s: pool %s name %s: %,d allocs (%,d overlapped, placed as the kernel did) and %,d frees "
                + "recorded to %s, the replay passing the fidelity check%n", input, fidelity.label(), fidelity.name(),
                fidelity.allocs(), fidelity.overlapped(), fidelity.frees(), output);
        printLosses(out, capture);
        return 0;
    }

    private int log(Capture capture, CapturedPool chosen) throws IOException {
        ImportedLog log;
        try {
            log = CaptureImport.of(capture, chosen);
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println("poolscope import: " + Main.message(e));
            return 2;
        }
        write(log);
        print(spec.commandLine().getOut(), capture, chosen, log);
        return 0;
    }

    private void write(ImportedLog log) throws IOException {
        try (WholeOutput out = WholeOutput.file(output)) {
            try {
                Files.write(out.temporary(), log.lines(), StandardCharsets.US_ASCII);
            } catch (IOException e) {
                throw out.failed(e);
            }
            out.commit();
        }
    }

    private void print(PrintWriter out, Capture capture, CapturedPool chosen, ImportedLog log) {
        out.printf(Locale.ROOT, "%s: pool %s name %s: %,d operations (%,d allocs, %,d of them failed in the kernel) written to %s%n",
                input, chosen.label(capture.pools()), chosen.name(), log.operations(), log.allocs(), log.kernelFailed(), output);
        out.println("pool: " + log.poolSpec() + "  (pass it as --pool to compare or size)");
        if (!log.startedEmpty()) {
            out.printf(Locale.ROOT, "the kernel's pool did not start empty: %,d units were allocated at the start; the log "
                    + "starts from an empty pool%n", log.unitsAtStart());
        }
        log.leftOut().forEach(text -> out.println("left out: " + text));
        printLosses(out, capture);
    }

    private static void printLosses(PrintWriter out, Capture capture) {
        if (capture.isTruncated()) {
            out.printf(Locale.ROOT, "the capture is truncated: read up to its last whole record (%,d bytes dropped from line %,d)%n",
                    capture.truncatedBytes(), capture.stoppedAtLine());
        }
        if (capture.lostRecords() > 0) {
            out.printf(Locale.ROOT, "the module lost %,d records: the output may miss operations of this pool%n", capture.lostRecords());
        }
    }
}
