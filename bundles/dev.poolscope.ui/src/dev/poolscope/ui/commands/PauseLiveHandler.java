package dev.poolscope.ui.commands;

import dev.poolscope.ui.live.SharedDemo;

import java.util.Map;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.commands.IElementUpdater;
import org.eclipse.ui.menus.UIElement;

/**
 * Pauses the live demo's threads, or resumes them; its menu item and toolbar button are checked
 * while paused. Enabled in live mode only: a trace holds still anyway.
 */
public final class PauseLiveHandler extends SessionHandler implements IElementUpdater {

    private final Runnable pauseChanged = this::refreshElements;

    public PauseLiveHandler() {
        SharedDemo.addPauseListener(pauseChanged);
        update();
    }

    @Override
    boolean canRun() {
        return sessions().current().isEmpty();
    }

    @Override
    public Object execute(ExecutionEvent event) {
        SharedDemo.setPaused(!SharedDemo.isPaused());
        return null;
    }

    @Override
    public void updateElement(UIElement element, @SuppressWarnings("rawtypes") Map parameters) {
        element.setChecked(SharedDemo.isPaused());
    }

    @Override
    public void dispose() {
        SharedDemo.removePauseListener(pauseChanged);
        super.dispose();
    }

    private void refreshElements() {
        ICommandService commands = PlatformUI.getWorkbench().getService(ICommandService.class);
        commands.refreshElements(PoolscopeCommands.PAUSE_LIVE, null);
    }
}
