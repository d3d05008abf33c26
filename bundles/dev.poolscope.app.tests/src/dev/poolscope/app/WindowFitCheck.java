package dev.poolscope.app;

import dev.poolscope.ui.mode.ModeText;
import dev.poolscope.ui.session.Sessions;
import dev.poolscope.ui.session.TraceSession;
import dev.poolscope.ui.views.HeatGridView;
import dev.poolscope.ui.views.InspectorView;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;

/**
 * The application {@link WindowFitTest} runs in a child JVM on a screen of a given size: it starts
 * the Poolscope workbench as the product does, with a trace named at launch, and once the trace is
 * shown writes where the monitor, the window, the status line, the Heat Grid and the Step
 * Inspector are (display coordinates, "x,y,width,height") to the report file, then closes.
 * Arguments: the report file, the trace file.
 */
public final class WindowFitCheck implements IApplication {

    private static final long PATIENCE_MILLIS = TimeUnit.MINUTES.toMillis(3);
    private static final int POLL_MILLIS = 200;

    @Override
    public Object start(IApplicationContext context) {
        String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        Path report = Path.of(args[args.length - 2]);
        Path trace = Path.of(args[args.length - 1]);
        Display display = PlatformUI.createDisplay();
        long deadline = System.currentTimeMillis() + PATIENCE_MILLIS;
        display.timerExec(POLL_MILLIS, () -> poll(display, report, deadline));
        try {
            PlatformUI.createAndRunWorkbench(display, new PoolscopeWorkbenchAdvisor(Optional.of(trace)));
        } finally {
            display.dispose();
        }
        return IApplication.EXIT_OK;
    }

    @Override
    public void stop() {
        // the workbench closes itself once the report is written
    }

    private static void poll(Display display, Path report, long deadline) {
        Properties found = new Properties();
        boolean shown = PlatformUI.isWorkbenchRunning() && PlatformUI.getWorkbench().getWorkbenchWindowCount() > 0
                && Sessions.workbench().current().isPresent();
        if (shown) {
            measure(PlatformUI.getWorkbench().getWorkbenchWindows()[0], found);
        } else if (System.currentTimeMillis() > deadline) {
            found.setProperty("failure", "the workbench did not show the trace in " + PATIENCE_MILLIS + " ms");
        } else {
            display.timerExec(POLL_MILLIS, () -> poll(display, report, deadline));
            return;
        }
        Path part = report.resolveSibling(report.getFileName() + ".part");
        try (OutputStream out = Files.newOutputStream(part)) {
            found.store(out, "WindowFitCheck");
        } catch (IOException e) {
            throw new IllegalStateException("cannot write " + part, e);
        }
        try {
            Files.move(part, report, StandardCopyOption.ATOMIC_MOVE); // the test reads it once it exists
        } catch (IOException e) {
            throw new IllegalStateException("cannot write " + report, e);
        }
        PlatformUI.getWorkbench().close();
    }

    private static void measure(IWorkbenchWindow window, Properties found) {
        Shell shell = window.getShell();
        IWorkbenchPage page = window.getActivePage();
        TraceSession session = Sessions.workbench().current().orElseThrow();
        found.setProperty("screen", text(shell.getMonitor().getClientArea()));
        found.setProperty("window", text(shell.getBounds()));
        found.setProperty("maximized", Boolean.toString(shell.getMaximized()));
        String status = ModeText.traceStatus(Sessions.workbench().seq(), session.model().lastSeq());
        statusLabel(shell, status).ifPresent(label -> found.setProperty("status", onScreen(label)));
        ((HeatGridView) page.findView(HeatGridView.ID)).traceGrid()
                .ifPresent(grid -> found.setProperty("heatGrid", onScreen(grid.control())));
        InspectorView inspector = (InspectorView) page.findView(InspectorView.ID);
        found.setProperty("inspector", onScreen(inspector.inspector().control()));
    }

    /** The status line's label that reads {@code text}. */
    private static Optional<CLabel> statusLabel(Composite parent, String text) {
        for (Control child : parent.getChildren()) {
            if (child instanceof CLabel label && text.equals(label.getText())) {
                return Optional.of(label);
            }
            Optional<CLabel> inside = child instanceof Composite composite ? statusLabel(composite, text)
                    : Optional.empty();
            if (inside.isPresent()) {
                return inside;
            }
        }
        return Optional.empty();
    }

    private static String onScreen(Control control) {
        return text(control.getDisplay().map(control.getParent(), null, control.getBounds()));
    }

    private static String text(Rectangle r) {
        return r.x + "," + r.y + "," + r.width + "," + r.height;
    }
}
