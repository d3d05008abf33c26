package dev.poolscope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

import picocli.CommandLine;

/** One run of the command line with its output, error text and exit code captured. */
final class CommandRun {

    final int exitCode;
    final String out;
    final String err;

    private CommandRun(int exitCode, String out, String err) {
        this.exitCode = exitCode;
        this.out = out;
        this.err = err;
    }

    static CommandRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = Main.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int code = commandLine.execute(args);
        return new CommandRun(code, out.toString(), err.toString());
    }

    /** Runs {@code args}, asserting the exit code, which the failure message shows with the output. */
    static CommandRun expecting(int exit, String... args) {
        CommandRun run = of(args);
        assertEquals(exit, run.exitCode, () -> String.join(" ", args) + "\n" + run);
        return run;
    }

    List<String> lines() {
        return out.lines().toList();
    }

    @Override
    public String toString() {
        return "exit " + exitCode + "\nout:\n" + out + "err:\n" + err;
    }
}
