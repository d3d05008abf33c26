package dev.poolscope.cli;

import dev.poolscope.trace.ctf.CtfExport;
import dev.poolscope.trace.file.TraceFile;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code poolscope export-ctf FILE DIR}: a CTF 1.8 trace directory, one CTF event per trace event. */
@Command(name = "export-ctf", description = "Export a trace as a CTF 1.8 directory (read it with 'babeltrace2 DIR').")
final class ExportCtfCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "a trace file")
    private Path path;

    @Parameters(index = "1", paramLabel = "DIR", description = "the directory to write: new, or empty")
    private Path directory;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        long events;
        try (TraceFile file = TraceFile.open(path)) {
            CountingTrace exported = new CountingTrace(file);
            try (Progress progress = Progress.start(spec.commandLine().getOut(), "exporting", exported::eventsRead)) {
                events = CtfExport.export(exported, directory);
            }
        }
        spec.commandLine().getOut().printf("wrote %,d events to %s%n", events, directory);
        return 0;
    }
}
