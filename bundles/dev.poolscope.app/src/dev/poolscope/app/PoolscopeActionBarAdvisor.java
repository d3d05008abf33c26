package dev.poolscope.app;

import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.ICoolBarManager;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.IStatusLineManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.action.StatusLineContributionItem;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.actions.ActionFactory.IWorkbenchAction;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;

/**
 * The menu bar's File menu (its trace items are contributed by dev.poolscope.ui's plugin.xml at
 * "fileStart", Exit last), the places the Trace menu and the main toolbar are contributed to, and
 * the status line's mode item.
 */
final class PoolscopeActionBarAdvisor extends ActionBarAdvisor {

    /** The status line item that says LIVE or TRACE. */
    static final String MODE_ITEM = "dev.poolscope.app.mode";

    private IWorkbenchAction exit;
    private final StatusLineContributionItem mode = new StatusLineContributionItem(MODE_ITEM, 40);

    PoolscopeActionBarAdvisor(IActionBarConfigurer configurer) {
        super(configurer);
    }

    /** The status line item that says which mode the workbench is in. */
    StatusLineContributionItem mode() {
        return mode;
    }

    @Override
    protected void makeActions(IWorkbenchWindow window) {
        exit = ActionFactory.QUIT.create(window);
        register(exit);
    }

    @Override
    protected void fillMenuBar(IMenuManager menuBar) {
        MenuManager file = new MenuManager("&File", IWorkbenchActionConstants.M_FILE);
        file.add(new GroupMarker(IWorkbenchActionConstants.FILE_START));
        file.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
        file.add(new Separator());
        file.add(exit);
        menuBar.add(file);
        menuBar.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS)); // the Trace menu
    }

    @Override
    protected void fillCoolBar(ICoolBarManager coolBar) {
        coolBar.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS)); // the Trace toolbar
    }

    @Override
    protected void fillStatusLine(IStatusLineManager statusLine) {
        statusLine.add(mode);
    }
}
