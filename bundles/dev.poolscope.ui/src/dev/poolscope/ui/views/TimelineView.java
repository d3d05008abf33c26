package dev.poolscope.ui.views;

import dev.poolscope.ui.session.TraceSession;
import dev.poolscope.ui.timeline.Timeline;

import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IWorkbenchActionConstants;

/**
 * The Timeline view: a lane per thread of the open trace, its cursor on the current event; a click
 * seeks. Its context menu, registered as {@value #CONTEXT_MENU}, holds Branch Here.
 */
public final class TimelineView extends TraceViewPart {

    public static final String ID = "dev.poolscope.ui.views.timeline";

    /** The context menu's id, which plugin.xml contributes to (the view's own id would add each item twice). */
    public static final String CONTEXT_MENU = ID + ".context";

    private Timeline timeline;
    /** One menu for the view's life, given to each timeline it builds. */
    private MenuManager contextMenu;

    @Override
    void createContent(Composite parent, TraceSession session) {
        timeline = new Timeline(parent, session.model(), session.trace(), session.lanes(), this::seek);
        if (contextMenu == null) {
            contextMenu = new MenuManager(null, CONTEXT_MENU);
            // emptied and given its marker at each showing, where the workbench adds the contributions once
            contextMenu.setRemoveAllWhenShown(true);
            contextMenu.addMenuListener(menu -> menu.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS)));
            getSite().registerContextMenu(CONTEXT_MENU, contextMenu, new NoSelection());
        }
        timeline.control().setMenu(contextMenu.createContextMenu(timeline.control()));
    }

    @Override
    public void dispose() {
        if (contextMenu != null) {
            contextMenu.dispose();
        }
        super.dispose();
    }

    /** The context menu's items act on the event the views show, not on a selection. */
    private static final class NoSelection implements ISelectionProvider {

        @Override
        public ISelection getSelection() {
            return StructuredSelection.EMPTY;
        }

        @Override
        public void setSelection(ISelection selection) {
            // nothing to select
        }

        @Override
        public void addSelectionChangedListener(ISelectionChangedListener listener) {
            // the selection never changes
        }

        @Override
        public void removeSelectionChangedListener(ISelectionChangedListener listener) {
            // the selection never changes
        }
    }

    @Override
    void show(TraceSession session, long seq) {
        timeline.setCursor(seq);
    }

    /** The timeline, while a trace is open. */
    public Timeline timeline() {
        return timeline;
    }
}
