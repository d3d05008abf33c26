package dev.poolscope.app;

import dev.poolscope.ui.mode.ModeIndicator;

import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

/** Sets the main window's size, shows the toolbar and status line, and keeps the title and status saying the mode. */
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
        configurer.setInitialSize(new Point(1600, 960));
        configurer.setShowCoolBar(true);
        configurer.setShowStatusLine(true);
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
