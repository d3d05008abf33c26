package dev.poolscope.app;

import static dev.poolscope.app.Workbenches.window;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.commands.common.NotDefinedException;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.keys.IBindingService;

/** The window's Trace toolbar as a user sees it: buttons known by their tooltips, "Step Forward (F6)". */
final class TraceToolbar {

    private TraceToolbar() {
    }

    /** What the button of {@code commandId} should say: the command's name and, in brackets, its key. */
    static String tooltipOf(String commandId) {
        String name;
        try {
            name = window().getService(ICommandService.class).getCommand(commandId).getName();
        } catch (NotDefinedException e) {
            throw new AssertionError(commandId + " is not a command", e);
        }
        String key = window().getService(IBindingService.class).getBestActiveBindingFormattedFor(commandId);
        return key == null ? name : name + " (" + key + ")";
    }

    /** The one toolbar button of {@code commandId}. */
    static ToolItem button(String commandId) {
        String tooltip = tooltipOf(commandId);
        List<ToolItem> found = new ArrayList<>();
        for (ToolItem item : allButtons()) {
            if (tooltip.equals(item.getToolTipText())) {
                found.add(item);
            }
        }
        assertEquals(1, found.size(), () -> "toolbar buttons saying " + tooltip + ": " + found);
        return found.get(0);
    }

    /** Every button (no separator) of the toolbar that holds {@code commandId}'s button. */
    static List<ToolItem> buttonsBeside(String commandId) {
        ToolBar bar = button(commandId).getParent();
        return Arrays.stream(bar.getItems()).filter(item -> (item.getStyle() & SWT.SEPARATOR) == 0).toList();
    }

    private static List<ToolItem> allButtons() {
        List<ToolItem> found = new ArrayList<>();
        collect(window().getShell(), found);
        return found;
    }

    private static void collect(Composite parent, List<ToolItem> found) {
        for (Control child : parent.getChildren()) {
            if (child instanceof ToolBar bar) {
                found.addAll(Arrays.asList(bar.getItems()));
            } else if (child instanceof Composite composite) {
                collect(composite, found);
            }
        }
    }
}
