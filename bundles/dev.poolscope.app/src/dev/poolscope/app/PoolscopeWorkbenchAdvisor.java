package dev.poolscope.app;

import dev.poolscope.ui.commands.RecentTraces;
import dev.poolscope.ui.commands.TraceOpener;
import dev.poolscope.ui.session.Sessions;

import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

/**
 * Opens windows on the Poolscope perspective, kept as the user arranged it between runs (reset
 * once when a build changes its layout: {@link LayoutVersion}), remembers each trace that opens
 * among the recent ones, and opens the trace named on the command line once the window is up.
 */
final class PoolscopeWorkbenchAdvisor extends WorkbenchAdvisor {

    private final Optional<Path> launchTrace;
    private final RecentTraces recentTraces = RecentTraces.workbench();

    /** @param launchTrace the trace file to open at startup, if the command line named one */
    PoolscopeWorkbenchAdvisor(Optional<Path> launchTrace) {
        this.launchTrace = launchTrace;
    }

    @Override
    public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
        return new PoolscopeWindowAdvisor(configurer);
    }

    @Override
    public void initialize(IWorkbenchConfigurer configurer) {
        configurer.setSaveAndRestore(true);
    }

    @Override
    public String getInitialWindowPerspectiveId() {
        return PoolscopePerspective.ID;
    }

    @Override
    public void postStartup() {
        LayoutVersion.resetIfOlder(PlatformUI.getWorkbench().getWorkbenchWindows()[0].getActivePage(),
                LayoutVersion.workbench());
        Sessions.workbench().addListener(recentTraces);
        launchTrace.ifPresent(file -> TraceOpener.openAny(file, PlatformUI.getWorkbench().getDisplay()));
    }

    @Override
    public void postShutdown() {
        Sessions.workbench().removeListener(recentTraces);
    }
}
