package dev.poolscope.testkit.swt;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;

/** Finds a form's controls as a user does, by what they show. */
public final class Widgets {

    private Widgets() {
    }

    /** Every control under {@code root} (itself included) of type {@code type}, in tree order. */
    public static <T extends Control> List<T> all(Control root, Class<T> type) {
        List<T> found = new ArrayList<>();
        collect(root, type, found);
        return found;
    }

    /** The control after the label that reads {@code label}, in its parent's order. */
    public static Control after(Control root, String label) {
        Label found = all(root, Label.class).stream().filter(l -> label.equals(l.getText())).findFirst()
                .orElseThrow(() -> new AssertionError("no label '" + label + "'"));
        Control[] siblings = found.getParent().getChildren();
        for (int i = 0; i < siblings.length - 1; i++) {
            if (siblings[i] == found) {
                return siblings[i + 1];
            }
        }
        throw new AssertionError("nothing after the label '" + label + "'");
    }

    private static <T extends Control> void collect(Control control, Class<T> type, List<T> found) {
        if (type.isInstance(control)) {
            found.add(type.cast(control));
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                collect(child, type, found);
            }
        }
    }
}
