package dev.poolscope.ui.commands;

import dev.poolscope.trace.BranchOrigin;
import dev.poolscope.ui.session.BranchParents;
import dev.poolscope.ui.session.ParentPolicy;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiConsumer;
import java.util.function.BiPredicate;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/**
 * File &gt; Open of a branch: offers its parent, to open beside it, in a question the opening job
 * waits for; a parent that is no longer there is said so, and the branch opens alone.
 */
public final class AskForParent implements ParentPolicy {

    /** The question's title. */
    public static final String TITLE = "Open the parent too?";

    private final Display display;
    private final BiPredicate<Shell, String> question;
    private final BiConsumer<Shell, String> notice;

    /** Asking in the workbench's own dialogs. */
    AskForParent(Display display) {
        this(display, (shell, text) -> MessageDialog.openQuestion(shell, TITLE, text),
                (shell, text) -> MessageDialog.openInformation(shell, TITLE, text));
    }

    /** @param question answers yes or no to a text; {@code notice} tells one; both on the UI thread */
    AskForParent(Display display, BiPredicate<Shell, String> question, BiConsumer<Shell, String> notice) {
        this.display = display;
        this.question = question;
        this.notice = notice;
    }

    @Override
    public Optional<Path> parentOf(Path branch, BranchOrigin origin) {
        Optional<Path> parent = BranchParents.locate(branch, origin);
        String name = branch.getFileName().toString();
        if (parent.isEmpty()) {
            display.syncExec(() -> notice.accept(display.getActiveShell(), String.format(Locale.ROOT,
                    "%s is a branch of %s, which is not there any more, nor beside it.%n%nThe branch opens alone.",
                    name, origin.parent())));
            return parent;
        }
        String text = String.format(Locale.ROOT, "%s is a branch of %s: the two share events 0 to %,d, then T%d takes "
                + "the next step.%n%nOpen %s beside it, the two aligned at their events?", name, parent.get(),
                origin.event(), origin.thread(), parent.get().getFileName());
        AtomicBoolean yes = new AtomicBoolean();
        display.syncExec(() -> yes.set(question.test(display.getActiveShell(), text)));
        return yes.get() ? parent : Optional.empty();
    }
}
