package dev.poolscope.ui.scenarioedit;

import dev.poolscope.trace.run.TraceFiles;
import dev.poolscope.ui.explore.ExplorePanel;
import dev.poolscope.ui.session.Sessions;
import dev.poolscope.ui.views.ExploreView;

import java.util.Optional;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchListener;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * File &gt; New Scenario...: opens a {@link ScenarioEditor} on the {@link StarterScenario}, whose
 * Run records into the user's trace directory and opens the trace in the workbench, or explores
 * in the workbench's Explore view. The workbench asks about the editor's unsaved changes before it
 * shuts down.
 */
public final class NewScenarioHandler extends AbstractHandler {

    /** The error dialog's title when the Explore view cannot be shown. */
    static final String EXPLORE_FAILED = "Cannot explore";

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
        ScenarioRunner runner = new ScenarioRunner(Sessions.workbench(), TraceFiles::newFile,
                () -> exploreView(window), window.getShell().getDisplay());
        ScenarioEditor editor = new ScenarioEditor(window.getShell(), StarterScenario.text(), runner);
        askBeforeShutdown(editor);
        editor.open();
        return null;
    }

    /** Makes the workbench ask about the editor's unsaved changes before it shuts down (which closes the editor). */
    private static void askBeforeShutdown(ScenarioEditor editor) {
        IWorkbench workbench = PlatformUI.getWorkbench();
        IWorkbenchListener ask = new IWorkbenchListener() {
            @Override
            public boolean preShutdown(IWorkbench closing, boolean forced) {
                return forced || editor.shell().isDisposed() || editor.mayDiscard();
            }

            @Override
            public void postShutdown(IWorkbench closed) {
                // the editor's window closes with the workbench's
            }
        };
        workbench.addWorkbenchListener(ask);
        editor.shell().addListener(SWT.Dispose, e -> workbench.removeWorkbenchListener(ask));
    }

    /** The panel of {@code window}'s Explore view, which is shown (opened if it was closed). */
    private static Optional<ExplorePanel> exploreView(IWorkbenchWindow window) {
        try {
            return Optional.of(((ExploreView) window.getActivePage().showView(ExploreView.ID)).panel());
        } catch (PartInitException e) {
            MessageDialog.openError(window.getShell(), EXPLORE_FAILED, "The Explore view cannot be shown: "
                    + e.getMessage());
            return Optional.empty();
        }
    }
}
