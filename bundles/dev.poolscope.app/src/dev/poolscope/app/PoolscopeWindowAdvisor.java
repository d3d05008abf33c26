package dev.poolscope.app;

import dev.poolscope.ui.mode.ModeIndicator;

import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

/**
 * Sizes the main window to fit its monitor ({@link WindowPlacement}), shows the toolbar and status
 * line, and keeps the title and status saying the mode.
 */
final class PoolscopeWindowAdvisor extends WorkbenchWindowAdvisor {

    private PoolscopeActionBarAdvisor actionBars;
    private ModeIndicator mode;

    PoolscopeWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
        super(configurer);
    }

    @Override
    public ActionBarAdvisor createActionBarAdvisor(IActionBarConfigurer configurer) {
        actionBars = new PoolscopeActionBarAdvisor(configurer);
        return actionBars;
    }

    @Override
    public void preWindowOpen() {
        IWorkbenchWindowConfigurer configurer = getWindowConfigurer();
        configurer.setTitle("Poolscope");
        configurer.setInitialSize(new Point(WindowPlacement.PREFERRED_WIDTH, WindowPlacement.PREFERRED_HEIGHT));
        configurer.setShowCoolBar(true);
        configurer.setShowStatusLine(true);
    }

    /** Fits the window, of the preferred size or as the last run left it, to the monitor it opens on. */
    @Override
    public void postWindowCreate() {
        Shell shell = getWindowConfigurer().getWindow().getShell();
        if (shell.getMaximized()) {
            return; // already fills its monitor
        }
        WindowPlacement placement = WindowPlacement.on(shell.getMonitor().getClientArea(), shell.getBounds());
        // without a window manager (Xvfb) maximizing does nothing: the bounds fit anyway
        shell.setBounds(placement.bounds());
        shell.setMaximized(placement.maximized());
    }

    @Override
    public void postWindowOpen() {
        mode = ModeIndicator.start(getWindowConfigurer()::setTitle, actionBars.mode()::setText);
    }

    @Override
    public void postWindowClose() {
        mode.close();
    }
}
