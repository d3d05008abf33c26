package dev.poolscope.cli;

import dev.poolscope.core.io.FileOperationException;

import java.io.PrintWriter;
import java.nio.file.FileSystemException;
import java.nio.file.Path;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The headless Poolscope command line: {@code poolscope COMMAND ...}. */
@Command(name = "poolscope", mixinStandardHelpOptions = true, version = "Poolscope 0.1.0",
        description = "Headless Poolscope: run and check the gen_pool allocator without the workbench.",
        subcommands = {VectorsCommand.class, RecordCommand.class, ScenariosCommand.class, ReplayCommand.class,
                ExportCtfCommand.class, MetricsCommand.class, CompareCommand.class, SizeCommand.class,
                ReportCommand.class, FidelityCommand.class, ImportCommand.class, ExploreCommand.class,
                BranchCommand.class})
public final class Main implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    private final CtrlC ctrlC;

    /** Set by picocli; the error handler finds it in the parse result of whichever command saw it. */
    @CommandLine.Option(names = "--stacktrace", scope = CommandLine.ScopeType.INHERIT,
            description = "print the stack trace of an error")
    private boolean stackTrace;

    private Main(CtrlC ctrlC) {
        this.ctrlC = ctrlC;
    }

    /** What Ctrl+C does to a recording of this command line. */
    CtrlC ctrlC() {
        return ctrlC;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
    }

    /** The command line with every command, writing to standard output and error; Ctrl+C is not its to handle. */
    static CommandLine commandLine() {
        return commandLine(CtrlC.ignored());
    }

    private static CommandLine commandLine(CtrlC ctrlC) {
        CommandLine commandLine = new CommandLine(new Main(ctrlC)).setExecutionExceptionHandler(Main::reportError);
        for (CommandLine command : commandLine.getSubcommands().values()) {
            // every command, present and future, answers --help and --version as the top level does
            command.getCommandSpec().mixinStandardHelpOptions(true).version(commandLine.getCommandSpec().version());
        }
        return commandLine;
    }

    /** An error of a command: "poolscope COMMAND: message" on stderr, exit code 1; the stack trace only when asked. */
    private static int reportError(Exception error, CommandLine commandLine, CommandLine.ParseResult parsed) {
        PrintWriter err = commandLine.getErr();
        err.println(commandLine.getCommandSpec().qualifiedName() + ": " + message(error));
        boolean asked = false;
        for (CommandLine.ParseResult command = parsed; command != null; command = command.subcommand()) {
            asked |= command.hasMatchedOption("--stacktrace");
        }
        if (asked) {
            error.printStackTrace(err);
        }
        return 1;
    }

    /**
     * What went wrong, in one line: a file error as "cannot OPERATION FILE: REASON" (one wording,
     * {@link FileOperationException}, even for a JDK exception that names only the path), and what
     * else failed on the way (a part file that could not be deleted) after it.
     */
    static String message(Throwable error) {
        StringBuilder text = new StringBuilder(error instanceof FileSystemException system && system.getFile() != null
                ? FileOperationException.of("access", Path.of(system.getFile()), system).getMessage()
                : error.getMessage() == null ? error.toString() : error.getMessage());
        for (Throwable also : error.getSuppressed()) {
            text.append("; and ").append(message(also));
        }
        return text.toString();
    }

    /** Runs the command; after a Ctrl+C the JVM exits once the command has said all it has to say. */
    public static void main(String[] args) {
        CtrlC ctrlC = CtrlC.handled();
        CommandLine commandLine = commandLine(ctrlC);
        int exit = commandLine.execute(args);
        commandLine.getOut().flush();
        commandLine.getErr().flush();
        ctrlC.release();
        System.exit(exit);
    }
}
