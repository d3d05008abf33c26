package dev.poolscope.ui.record;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/**
 * The rows of a two-column form (a label, then its field, with an optional grey hint under it),
 * every field telling one listener when it changes, so the form can check itself as the user types.
 */
final class FormRows {

    private final Runnable changed;

    /** @param changed run after every change of a field made here */
    FormRows(Runnable changed) {
        this.changed = changed;
    }

    Label label(Composite form, String text) {
        Label label = new Label(form, SWT.NONE);
        label.setText(text);
        return label;
    }

    /** A labelled text field, with {@code hint} (or none when null) under it. */
    Text text(Composite form, String label, String value, String hint) {
        label(form, label);
        Text text = new Text(form, SWT.BORDER);
        text.setText(value);
        GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
        data.widthHint = 260;
        text.setLayoutData(data);
        text.addModifyListener(e -> changed.run());
        if (hint != null) {
            hint(form, hint);
        }
        return text;
    }

    /** A label and, in the field column, a composite for a combo and a text side by side. */
    Composite pair(Composite form, String label) {
        label(form, label);
        Composite pair = new Composite(form, SWT.NONE);
        GridLayout layout = new GridLayout(2, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        pair.setLayout(layout);
        pair.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        return pair;
    }

    Combo combo(Composite pair, String[] items, String selected) {
        Combo combo = new Combo(pair, SWT.READ_ONLY);
        combo.setItems(items);
        combo.setText(selected);
        combo.addModifyListener(e -> changed.run());
        return combo;
    }

    Text pairText(Composite pair, String value) {
        Text text = new Text(pair, SWT.BORDER);
        text.setText(value);
        text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        text.addModifyListener(e -> changed.run());
        return text;
    }

    void hint(Composite form, String text) {
        Label hint = new Label(form, SWT.NONE);
        hint.setText(text);
        hint.setForeground(form.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
    }
}
