package dev.poolscope.ui.views;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.part.ViewPart;

/** Placeholder for the heat grid: one grid per chunk, a cell per bit. */
public class HeatGridView extends ViewPart {

    public static final String ID = "dev.poolscope.ui.views.heatGrid";

    private Label label;

    @Override
    public void createPartControl(Composite parent) {
        label = new Label(parent, SWT.NONE);
        label.setText("Heat Grid");
    }

    @Override
    public void setFocus() {
        label.setFocus();
    }
}
