package dev.poolscope.ui.commands;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.ActionContributionItem;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.CompoundContributionItem;
import org.eclipse.ui.menus.CommandContributionItem;
import org.eclipse.ui.menus.CommandContributionItemParameter;

/** The File menu's Recent Traces submenu: "1 run.pst  /home/me/traces", most recent first. */
public final class RecentTracesMenu extends CompoundContributionItem {

    @Override
    protected IContributionItem[] getContributionItems() {
        List<Path> files = RecentTraces.workbench().list();
        if (files.isEmpty()) {
            Action none = new Action("No recent traces") {
            };
            none.setEnabled(false);
            return new IContributionItem[] {new ActionContributionItem(none)};
        }
        List<IContributionItem> items = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            Path file = files.get(i);
            CommandContributionItemParameter item = new CommandContributionItemParameter(PlatformUI.getWorkbench(),
                    null, PoolscopeCommands.OPEN_TRACE, CommandContributionItem.STYLE_PUSH);
            item.label = String.format("&%d %s  %s", i + 1, literal(file.getFileName()), literal(file.getParent()));
            item.parameters = Map.of(PoolscopeCommands.FILE, file.toString());
            items.add(new CommandContributionItem(item));
        }
        return items.toArray(IContributionItem[]::new);
    }

    /** A path as a menu shows it: an '&' would underline the next letter, doubled it shows as itself. */
    private static String literal(Path part) {
        return String.valueOf(part).replace("&", "&&");
    }
}
