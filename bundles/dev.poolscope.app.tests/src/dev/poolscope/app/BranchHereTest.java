package dev.poolscope.app;

import static dev.poolscope.app.Workbenches.run;
import static dev.poolscope.app.Workbenches.window;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.poolscope.model.explain.EventContext;
import dev.poolscope.model.explain.EventNarrative;
import dev.poolscope.testkit.BranchPair;
import dev.poolscope.testkit.Recorded;
import dev.poolscope.testkit.swt.DialogAnswer;
import dev.poolscope.testkit.swt.UiEvents;
import dev.poolscope.testkit.swt.Widgets;
import dev.poolscope.trace.BranchOrigin;
import dev.poolscope.trace.file.TraceFile;
import dev.poolscope.trace.scenario.Scenarios;
import dev.poolscope.ui.branch.BranchDialog;
import dev.poolscope.ui.commands.AskForParent;
import dev.poolscope.ui.commands.PoolscopeCommands;
import dev.poolscope.ui.commands.TraceOpener;
import dev.poolscope.ui.session.Sessions;
import dev.poolscope.ui.session.TraceSession;
import dev.poolscope.ui.views.ChartsView;
import dev.poolscope.ui.views.CompareView;
import dev.poolscope.ui.views.FragmentationView;
import dev.poolscope.ui.views.HeatGridView;
import dev.poolscope.ui.views.InspectorView;
import dev.poolscope.ui.views.PoolsView;
import dev.poolscope.ui.views.TimelineView;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.eclipse.jface.action.ActionContributionItem;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * What if, in the workbench: Branch Here records a branch and opens it beside its parent, the Heat
 * Grid shows the two side by side or their diff, a view can show the parent instead, the Trace menu
 * and the Timeline's context menu offer it, and File > Open of a branch offers its parent.
 */
@ExtendWith(InWorkbench.class)
class BranchHereTest {

    @TempDir
    Path dir;

    private final Sessions sessions = Sessions.workbench();
    private DialogAnswer answer;

    @BeforeEach
    @AfterEach
    void liveMode() {
        if (answer != null) {
            answer.stop();
        }
        sessions.close();
        UiEvents.drain();
    }

    @Test
    void branchHereOpensTheBranchBesideItsParentAndTheHeatGridShowsBothThenTheirDiff() throws Exception {
        Path parent = dir.resolve("race.pstrace");
        Recorded.toFile(Scenarios.byName("same-word-race"), parent);
        Workbenches.open(parent);
        sessions.seek(4);
        Path branch = dir.resolve("what-if.pstrace");
        answer = DialogAnswer.watch(Display.getCurrent(), BranchDialog.TITLE,
                shell -> Widgets.all(shell, Text.class).get(0).setText(branch.toString()), "Branch");

        run(PoolscopeCommands.BRANCH_HERE);
        UiEvents.until(() -> sessions.parent().isPresent(), "the branch to open beside its parent");

        assertEquals(1, answer.answered());
        assertEquals(branch, sessions.current().orElseThrow().file());
        assertEquals(parent, sessions.parent().orElseThrow().file());
        assertEquals(4, sessions.seq(), "the branch opens at its branch point");
        assertTrue(window().getShell().getText().startsWith("Poolscope — what-if.pstrace beside its parent race.pstrace — "),
                window().getShell().getText());
        try (TraceFile file = TraceFile.open(branch)) {
            BranchOrigin origin = file.header().origin().orElseThrow();
            assertEquals(parent.toString(), origin.parent());
            assertEquals(4, origin.event());
        }
        HeatGridView grid = (HeatGridView) page().findView(HeatGridView.ID);
        assertEquals(2, grid.traceGrids().size(), "side by side");
        assertEquals(List.of(4L, 4L), grid.traceGrids().stream().map(g -> g.bitmap().seq()).toList());
        sessions.seek(9);
        assertEquals(List.of(9L, 9L), grid.traceGrids().stream().map(g -> g.bitmap().seq()).toList());

        choose(grid, "Diff");
        assertTrue(grid.diffGrid().isPresent());
        assertEquals(List.of(), grid.traceGrids());
        choose(grid, "Branch");
        assertEquals(1, grid.traceGrids().size());
    }

    @Test
    void aViewShowsTheParentWhenAskedAndTheChoiceGoesWhenThePairCloses() throws Exception {
        BranchPair pair = BranchPair.record(dir, Scenarios.byName("same-word-race"), 3);
        answer = DialogAnswer.watch(Display.getCurrent(), AskForParent.TITLE, shell -> { }, IDialogConstants.YES_LABEL);
        TraceOpener.open(pair.branch(), Display.getCurrent());
        UiEvents.until(() -> sessions.parent().isPresent(), "the branch to open beside its parent, as the user said");
        assertEquals(pair.event(), sessions.seq(), "a branch opens at its branch point");
        InspectorView inspector = (InspectorView) page().findView(InspectorView.ID);
        assertTrue(choice(inspector, "Parent").isPresent(), "a pair is open: the choice shows");
        for (String view : List.of(PoolsView.ID, TimelineView.ID, ChartsView.ID, FragmentationView.ID, CompareView.ID)) {
            assertTrue(choice(page().showView(view), "Parent").isPresent(), view + " can show the parent too");
        }
        sessions.seek(pair.event() + 1);

        choose(inspector, "Parent");
        TraceSession parent = sessions.parent().orElseThrow();
        assertEquals(EventNarrative.of(EventContext.at(parent.model(), pair.event() + 1)),
                inspector.inspector().narrative(), "the Step Inspector tells the parent's event");
        assertTrue(inspector.getContentDescription().startsWith("Parent parent.pstrace of the branch branch.pstrace"),
                inspector.getContentDescription());
        choose(inspector, "Branch");
        assertEquals(EventNarrative.of(EventContext.at(sessions.current().orElseThrow().model(), pair.event() + 1)),
                inspector.inspector().narrative());

        sessions.close();
        UiEvents.drain();
        assertFalse(choice(inspector, "Parent").isPresent(), "no pair: no choice");
        assertEquals("", inspector.getContentDescription());
    }

    @Test
    void theTraceMenuAndTheTimelinesContextMenuOfferBranchHere() throws Exception {
        Path parent = dir.resolve("race.pstrace");
        Recorded.toFile(Scenarios.byName("same-word-race"), parent);
        Workbenches.open(parent);

        List<String> trace = TraceCommandsTest.traceMenuItems().stream().map(t -> t.replace("&", "")).toList();
        assertTrue(trace.contains("Branch Here..."), trace::toString);
        TimelineView timeline = (TimelineView) page().showView(TimelineView.ID);
        Menu context = timeline.timeline().control().getMenu();
        context.notifyListeners(SWT.Show, new Event());
        UiEvents.drain();
        List<String> items = Arrays.stream(context.getItems()).map(item -> item.getText().replace("&", "")).toList();
        context.notifyListeners(SWT.Hide, new Event());
        assertEquals(1, items.stream().filter("Branch Here..."::equals).count(), items::toString);
    }

    private static IWorkbenchPage page() {
        return window().getActivePage();
    }

    /** Clicks the view's toolbar button labelled {@code label}. */
    private static void choose(IViewPart view, String label) {
        IAction action = choice(view, label).orElseThrow(() -> new AssertionError("no button " + label));
        action.setChecked(true);
        action.run();
        UiEvents.drain();
    }

    /** The view's toolbar button labelled {@code label}, while it is shown. */
    private static Optional<IAction> choice(IViewPart view, String label) {
        for (IContributionItem item : view.getViewSite().getActionBars().getToolBarManager().getItems()) {
            if (item instanceof ActionContributionItem action && item.isVisible()
                    && label.equals(action.getAction().getText())) {
                return Optional.of(action.getAction());
            }
        }
        return Optional.empty();
    }
}
