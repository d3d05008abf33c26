package dev.poolscope.cli;

import dev.poolscope.trace.ctf.CtfExport;
import dev.poolscope.trace.file.EventLoss;
import dev.poolscope.trace.file.TraceFile;
import dev.poolscope.trace.workload.StopRequest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code poolscope export-ctf FILE DIR}: a CTF 1.8 trace directory, one CTF event per trace event,
 * whole or absent: a trace that cannot be read to its end, or a write that fails, leaves DIR as it
 * was; so does Ctrl+C (exit code 130). A torn trace (a recorder killed mid-write) is exported up to
 * its last whole block, and stderr and the metadata say how many events were lost.
 */
@Command(name = "export-ctf", description = {"Export a trace as a CTF 1.8 directory (read it with 'babeltrace2 DIR').",
        "The directory is written whole or not at all (Ctrl+C leaves none, exit code 130); a torn trace's export "
                + "says how many events were lost."})
final class ExportCtfCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "a trace file")
    private Path path;

    @Parameters(index = "1", paramLabel = "DIR", description = "the directory to write: new, or empty")
    private Path directory;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @CommandLine.ParentCommand
    private Main main;

    @Override
    public Integer call() throws Exception {
        long events;
        EventLoss loss;
        StopRequest stop = main.ctrlC().stopRequest();
        try (TraceFile file = TraceFile.open(path)) {
            loss = file.eventLoss();
            CountingTrace exported = new CountingTrace(file);
            try (Progress progress = Progress.start(spec.commandLine().getOut(), "exporting", exported::eventsRead)) {
                events = CtfExport.export(exported, loss, directory, stop::requested);
            }
        } catch (IOException e) {
            if (!stop.requested()) {
                throw e;
            }
            spec.commandLine().getErr().printf("%s: %s%n", spec.qualifiedName(), e.getMessage());
            return RecordCommand.INTERRUPTED; // Ctrl+C: the export was deleted, as the message says
        }
        spec.commandLine().getOut().printf("wrote %,d events to %s%n", events, directory);
        if (loss.damaged()) {
            spec.commandLine().getErr().printf("%s: %s is damaged: %,d events were lost (%s); the export holds the %,d "
                    + "events that remain, and its metadata says so (env poolscope_events_lost and poolscope_damage)%n",
                    spec.qualifiedName(), path, loss.events(), loss.summary(), events);
        }
        return 0;
    }
}
