package dev.poolscope.ui.branch;

import dev.poolscope.core.io.FileOperationException;
import dev.poolscope.trace.scenario.Scenario;
import dev.poolscope.trace.scenario.ScenarioFile;
import dev.poolscope.trace.scenario.Scenarios;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.FileDialog;

/**
 * The scenario a trace names, for re-running it: a built-in one, or else the scenario file the user
 * points at (a scenario of their own, recorded from the scenario editor or {@code record
 * --scenario-file}). Called on a job's thread; the file dialog opens on the UI thread.
 */
public final class ScenarioLookup implements Function<String, Scenario> {

    private final Function<String, Optional<Path>> askForFile;

    /** Asking in a file dialog of {@code display}. */
    public ScenarioLookup(Display display) {
        this(name -> fileDialog(display, name));
    }

    /** @param askForFile the file of the scenario named, or empty when the user gives none */
    ScenarioLookup(Function<String, Optional<Path>> askForFile) {
        this.askForFile = askForFile;
    }

    /** @throws IllegalArgumentException when the scenario is not built in and no file of that name is given */
    @Override
    public Scenario apply(String name) {
        Optional<Scenario> builtIn = Scenarios.all().stream().filter(s -> s.name().equals(name)).findFirst();
        if (builtIn.isPresent()) {
            return builtIn.get();
        }
        Path file = askForFile.apply(name).orElseThrow(() -> new IllegalArgumentException("scenario '" + name
                + "' is not built in, and no scenario file was given for it"));
        Scenario scenario = read(file, () -> "scenario '" + name + "'");
        if (!scenario.name().equals(name)) {
            throw new IllegalArgumentException(file + " holds scenario '" + scenario.name() + "', not '" + name + "'");
        }
        return scenario;
    }

    private static Scenario read(Path file, Supplier<String> what) {
        try {
            return ScenarioFile.read(file);
        } catch (FileOperationException e) {
            throw new IllegalArgumentException(what.get() + ": " + e.getMessage(), e);
        }
    }

    private static Optional<Path> fileDialog(Display display, String name) {
        String[] chosen = new String[1];
        display.syncExec(() -> {
            FileDialog files = new FileDialog(display.getActiveShell(), SWT.OPEN);
            files.setText("Where is the scenario file of '" + name + "'?");
            files.setFilterExtensions(new String[] {"*.scenario", "*"});
            chosen[0] = files.open();
        });
        return Optional.ofNullable(chosen[0]).map(Path::of);
    }
}
