package dev.poolscope.app;

import static dev.poolscope.app.Workbenches.window;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.poolscope.testkit.swt.UiEvents;
import dev.poolscope.ui.views.ChartsView;
import dev.poolscope.ui.views.CompareView;
import dev.poolscope.ui.views.ExploreView;
import dev.poolscope.ui.views.FragmentationView;
import dev.poolscope.ui.views.HeatGridView;
import dev.poolscope.ui.views.InspectorView;
import dev.poolscope.ui.views.PoolsView;
import dev.poolscope.ui.views.ScenariosView;
import dev.poolscope.ui.views.TimelineView;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IViewReference;
import org.eclipse.ui.IWorkbenchPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The user's arrangement of views and the built layout: Window &gt; Reset Perspective brings the
 * built one back, and a layout kept from an older build is reset once, then left as the user makes it.
 */
@ExtendWith(InWorkbench.class)
class ResetPerspectiveTest {

    private static final Set<String> BUILT_VIEWS = Set.of(HeatGridView.ID, PoolsView.ID, ScenariosView.ID,
            TimelineView.ID, ChartsView.ID, FragmentationView.ID, CompareView.ID, ExploreView.ID, InspectorView.ID);
    private static final int POLL_MILLIS = 50;

    private final IEclipsePreferences kept = InstanceScope.INSTANCE.getNode("dev.poolscope.app.tests.layout");

    @AfterEach
    void builtLayout() throws Exception {
        page().resetPerspective();
        kept.removeNode();
        UiEvents.drain();
    }

    @Test
    void windowResetPerspectiveBringsBackTheBuiltLayout() throws Exception {
        rearrange();
        MenuItem reset = windowMenuItem("Reset Perspective...");
        pressDefaultButtonOfDialogs("Reset Perspective");
        reset.notifyListeners(SWT.Selection, new Event());
        UiEvents.until(() -> views().equals(BUILT_VIEWS), "the built views back");
        assertBuiltLayout();
    }

    @Test
    void aLayoutFromAnOlderBuildIsResetOnceThenKept() throws Exception {
        kept.putInt("perspective.layoutVersion", LayoutVersion.CURRENT - 1);
        rearrange();
        assertTrue(LayoutVersion.resetIfOlder(page(), kept));
        assertBuiltLayout();

        rearrange();
        assertFalse(LayoutVersion.resetIfOlder(page(), kept), "this build's layout is the user's to change");
        assertFalse(views().contains(InspectorView.ID));
    }

    /** What a user might do: close the Step Inspector and the Pools view. */
    private static void rearrange() {
        IWorkbenchPage page = page();
        page.hideView(page.findView(InspectorView.ID));
        page.hideView(page.findView(PoolsView.ID));
        UiEvents.drain();
        assertFalse(views().contains(InspectorView.ID) || views().contains(PoolsView.ID), views().toString());
    }

    /** The perspective's views, Timeline, Charts, Fragmentation, Compare and Explore in one folder, Pools and Scenarios in another. */
    private static void assertBuiltLayout() throws Exception {
        assertEquals(BUILT_VIEWS, views());
        IWorkbenchPage page = page();
        // a view stack lists only the views made so far, and a view is made when first shown
        for (String id : new String[] {TimelineView.ID, FragmentationView.ID, CompareView.ID, ExploreView.ID}) {
            page.showView(id);
        }
        assertEquals(Set.of(TimelineView.ID, ChartsView.ID, FragmentationView.ID, CompareView.ID, ExploreView.ID),
                stackOf(page.showView(ChartsView.ID)));
        assertEquals(Set.of(PoolsView.ID, ScenariosView.ID), stackOf(page.showView(PoolsView.ID)));
        assertEquals(Set.of(InspectorView.ID), stackOf(page.showView(InspectorView.ID)));
        page.showView(TimelineView.ID);
    }

    private static Set<String> stackOf(IViewPart view) {
        return Arrays.stream(page().getViewStack(view)).map(part -> part.getViewSite().getId())
                .collect(Collectors.toSet());
    }

    private static Set<String> views() {
        return Arrays.stream(page().getViewReferences()).map(IViewReference::getId).collect(Collectors.toSet());
    }

    private static IWorkbenchPage page() {
        return window().getActivePage();
    }

    private static MenuItem windowMenuItem(String text) {
        Menu bar = window().getShell().getMenuBar();
        Menu menu = Arrays.stream(bar.getItems()).filter(item -> item.getText().replace("&", "").equals("Window"))
                .findFirst().orElseThrow(() -> new AssertionError("no Window menu")).getMenu();
        menu.notifyListeners(SWT.Show, new Event());
        UiEvents.drain();
        MenuItem found = Arrays.stream(menu.getItems()).filter(item -> item.getText().replace("&", "").startsWith(text))
                .findFirst().orElseThrow(() -> new AssertionError("no " + text + " in the Window menu"));
        menu.notifyListeners(SWT.Hide, new Event());
        return found;
    }

    /** Presses the default button of the next dialog titled {@code title} when it opens (watching for a minute). */
    private static void pressDefaultButtonOfDialogs(String title) {
        Display display = window().getShell().getDisplay();
        long deadline = System.currentTimeMillis() + 60_000;
        display.timerExec(POLL_MILLIS, new Runnable() {
            @Override
            public void run() {
                if (System.currentTimeMillis() > deadline) {
                    return; // the test's own wait fails and says why
                }
                for (Shell shell : display.getShells()) {
                    Button button = shell.getDefaultButton();
                    if (title.equals(shell.getText()) && shell.isVisible() && button != null) {
                        button.notifyListeners(SWT.Selection, new Event());
                        return;
                    }
                }
                display.timerExec(POLL_MILLIS, this);
            }
        });
    }
}
