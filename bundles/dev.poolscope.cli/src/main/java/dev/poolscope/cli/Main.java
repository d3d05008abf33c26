package dev.poolscope.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The headless Poolscope command line: {@code poolscope COMMAND ...}. */
@Command(name = "poolscope", mixinStandardHelpOptions = true, version = "Poolscope 0.1.0",
        description = "Headless Poolscope: run and check the gen_pool allocator without the workbench.",
        subcommands = {VectorsCommand.class})
public final class Main implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
    }

    /** The command line with every command, writing to standard output and error. */
    static CommandLine commandLine() {
        return new CommandLine(new Main());
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }
}
