package dev.poolscope.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.poolscope.testkit.swt.UiEvents;
import dev.poolscope.ui.commands.TraceOpener;
import dev.poolscope.ui.session.OpenTraceJob;
import dev.poolscope.ui.session.Sessions;
import dev.poolscope.ui.session.TraceSession;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.core.commands.Command;
import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;

/** The running workbench as tests drive it: its window, its commands, opening traces the way File &gt; Open does. */
final class Workbenches {

    private Workbenches() {
    }

    static IWorkbenchWindow window() {
        return PlatformUI.getWorkbench().getWorkbenchWindows()[0];
    }

    /** Runs a command as a key, menu item or toolbar button would. */
    static void run(String commandId) throws Exception {
        window().getService(IHandlerService.class).executeCommand(commandId, null);
    }

    /** Runs a command with one parameter. */
    static void run(String commandId, String parameter, String value) throws Exception {
        Command command = window().getService(ICommandService.class).getCommand(commandId);
        ParameterizedCommand withValue = ParameterizedCommand.generateCommand(command, Map.of(parameter, value));
        window().getService(IHandlerService.class).executeCommand(withValue, null);
    }

    static boolean isEnabled(String commandId) {
        return window().getService(ICommandService.class).getCommand(commandId).isEnabled();
    }

    /** Opens {@code file} through the Open Trace path and waits until the workbench shows it. */
    static TraceSession open(Path file) {
        OpenTraceJob job = TraceOpener.open(file, Display.getCurrent());
        UiEvents.until(() -> job.getState() == Job.NONE, "the open job to finish");
        assertEquals(true, job.getResult().isOK(), () -> "opening " + file + ": " + job.getResult());
        UiEvents.until(() -> Sessions.workbench().current().filter(s -> s.file().equals(file)).isPresent(),
                "the workbench to show " + file);
        return Sessions.workbench().current().orElseThrow();
    }

    /** The texts of the window's status-line style labels (the mode item among them). */
    static List<String> statusTexts() {
        List<String> texts = new ArrayList<>();
        collect(window().getShell(), texts);
        return texts;
    }

    private static void collect(Composite parent, List<String> texts) {
        for (Control child : parent.getChildren()) {
            if (child instanceof CLabel label && label.getText() != null) {
                texts.add(label.getText());
            }
            if (child instanceof Composite composite) {
                collect(composite, texts);
            }
        }
    }
}
