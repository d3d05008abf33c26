package dev.poolscope.ui.branch;

import dev.poolscope.trace.branch.BranchPoint;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * Branch Here's question: which thread takes the step after the event instead of the trace's (one
 * radio button per thread that could), and where the branch is recorded.
 */
public final class BranchDialog extends TitleAreaDialog {

    /** The dialog's window title. */
    public static final String TITLE = "Branch Here";

    private final BranchPoint point;
    private final List<Button> threads = new ArrayList<>();
    private Text output;
    private int chosenThread;
    private Path chosenOutput;
    private final Path suggested;

    /** @param suggested the file the branch goes to unless the user says another */
    public BranchDialog(Shell parent, BranchPoint point, Path suggested) {
        super(parent);
        this.point = point;
        this.suggested = suggested;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(TITLE);
    }

    @Override
    protected boolean isResizable() {
        return true;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        setTitle("Branch after event " + point.event());
        setMessage(point.describe() + ". The branch keeps the trace's steps up to the event, then the thread you "
                + "choose takes the next one.");
        Composite area = (Composite) super.createDialogArea(parent);
        Composite form = new Composite(area, SWT.NONE);
        form.setLayout(new GridLayout(3, false));
        form.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        new Label(form, SWT.NONE).setText("Next step by:");
        Composite radios = new Composite(form, SWT.NONE);
        radios.setLayout(new GridLayout(point.alternatives().size(), false));
        radios.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        for (int thread : point.alternatives()) {
            Button radio = new Button(radios, SWT.RADIO);
            radio.setText("T" + thread);
            radio.setData(thread);
            radio.setSelection(threads.isEmpty());
            threads.add(radio);
        }
        new Label(form, SWT.NONE).setText("Record to:");
        output = new Text(form, SWT.BORDER);
        output.setText(suggested.toString());
        output.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        Button browse = new Button(form, SWT.PUSH);
        browse.setText("Browse…");
        browse.addListener(SWT.Selection, e -> browse());
        return area;
    }

    private void browse() {
        FileDialog files = new FileDialog(getShell(), SWT.SAVE);
        files.setFilterExtensions(new String[] {"*.pstrace"});
        files.setFileName(Path.of(output.getText()).getFileName().toString());
        String chosen = files.open();
        if (chosen != null) {
            output.setText(chosen);
        }
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, "Branch", true);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
    }

    @Override
    protected void okPressed() {
        String file = output.getText().strip();
        if (file.isEmpty()) {
            setErrorMessage("Say where the branch is recorded.");
            return;
        }
        chosenThread = threads.stream().filter(Button::getSelection).map(b -> (Integer) b.getData()).findFirst()
                .orElseThrow();
        chosenOutput = Path.of(file);
        super.okPressed();
    }

    /** The thread chosen, once OK was pressed. */
    public int thread() {
        return chosenThread;
    }

    /** The branch's file, once OK was pressed. */
    public Path output() {
        return chosenOutput;
    }

    /** The radio buttons, one per thread that could take the step, for tests. */
    List<Button> threadButtons() {
        return threads;
    }
}
