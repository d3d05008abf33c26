package dev.poolscope.cli;

import dev.poolscope.core.Variant;
import dev.poolscope.trace.scenario.Scenario;
import dev.poolscope.trace.scenario.ScenarioText;
import dev.poolscope.trace.scenario.Scenarios;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code poolscope scenarios [--explain]}: the named scenarios, a line each (id, variants, title);
 * {@code --write NAME} prints one in its file's text form instead, for a user to start a scenario
 * file of their own from.
 */
@Command(name = "scenarios", description = {"List the named scenarios that record one race each.",
        "With --write NAME, print that scenario as a scenario file (record one with record --scenario-file)."})
final class ScenariosCommand implements Callable<Integer> {

    @Option(names = "--explain", description = "also print each scenario's explanation")
    private boolean explain;

    @Option(names = "--write", paramLabel = "NAME", description = "print the named scenario as a scenario file")
    private String write;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (write != null && explain) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--write prints one scenario's file, which holds its explanation: it takes no --explain");
        }
        if (write != null) {
            out.print(ScenarioText.write(Scenarios.byName(write)));
            return 0;
        }
        int width = Scenarios.all().stream().mapToInt(s -> s.name().length()).max().orElse(0);
        for (Scenario scenario : Scenarios.all()) {
            String variants = scenario.variants().stream().map(Variant::id).collect(Collectors.joining(","));
            out.printf("%-" + width + "s  %-20s  %s%n", scenario.name(), variants, scenario.title());
            if (explain) {
                out.println(indent(scenario.explanation()));
                out.println();
            }
        }
        return 0;
    }

    /** The paragraph wrapped at 96 columns and indented by four spaces. */
    private static String indent(String paragraph) {
        StringBuilder text = new StringBuilder("    ");
        int column = 4;
        for (String word : paragraph.split("\\s+")) {
            if (column > 4 && column + 1 + word.length() > 96) {
                text.append("\n    ");
                column = 4;
            } else if (column > 4) {
                text.append(' ');
                column++;
            }
            text.append(word);
            column += word.length();
        }
        return text.toString();
    }
}
