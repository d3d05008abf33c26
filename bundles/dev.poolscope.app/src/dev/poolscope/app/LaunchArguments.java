package dev.poolscope.app;

import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the application's command-line arguments (what Equinox leaves after its own): a trace
 * file may come last, as in {@code releng/poolscope ui run.pst}.
 */
final class LaunchArguments {

    /** Eclipse options the launcher may pass on that take a value: that value is no trace file. */
    private static final Set<String> VALUED_OPTIONS = Set.of("-data", "-configuration", "-product", "-application",
            "-name", "-perspective", "-showLocation", "-nl", "-os", "-ws", "-arch", "-vm", "-startup", "-install",
            "-user", "-pluginCustomization", "-launcher.library");

    private LaunchArguments() {
    }

    /** The trace file the last argument names (absolute, against the working folder), if it names one. */
    static Optional<Path> traceFile(String[] args) {
        if (args.length == 0) {
            return Optional.empty();
        }
        String last = args[args.length - 1];
        boolean valueOfOption = args.length > 1 && VALUED_OPTIONS.contains(args[args.length - 2]);
        if (last.startsWith("-") || last.isBlank() || valueOfOption) {
            return Optional.empty();
        }
        return Optional.of(Path.of(last).toAbsolutePath());
    }
}
