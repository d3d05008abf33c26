package dev.poolscope.ui.commands;

import dev.poolscope.analysis.compare.Contender;
import dev.poolscope.analysis.log.LogPoolText;
import dev.poolscope.trace.workload.PoolSpec;
import dev.poolscope.trace.workload.WorkloadFormatException;

import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * Asks how an allocation log opened from File &gt; Open is replayed: the pool in the {@code --pool}
 * syntax ({@link LogPoolText}, the command line's reader; empty is the default pool) and the
 * algorithm and variant as a contender name ({@link Contender#parse}, as {@code --algorithms} takes
 * them). Each change is checked; a problem is shown naming the value, and OK waits until there is none.
 */
public final class LogReplayDialog extends TitleAreaDialog {

    /** The dialog's window title. */
    public static final String TITLE = "Open Allocation Log";

    private final Path log;
    private Text pool;
    private Combo contender;
    private PoolSpec choice;

    public LogReplayDialog(Shell parent, Path log) {
        super(parent);
        this.log = log;
    }

    /** The pool with the chosen algorithm and variant, once the dialog was closed with OK. */
    public Optional<PoolSpec> choice() {
        return Optional.ofNullable(choice);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(TITLE);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle("Replay " + log.getFileName() + " into a trace");
        Composite form = new Composite(area, SWT.NONE);
        form.setLayout(new GridLayout(2, false));
        form.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        new Label(form, SWT.NONE).setText("Pool");
        pool = new Text(form, SWT.BORDER);
        pool.setMessage("order=5 chunks=" + LogPoolText.DEFAULT_CHUNKS);
        GridData wide = new GridData(SWT.FILL, SWT.CENTER, true, false);
        wide.widthHint = 320;
        pool.setLayoutData(wide);
        hint(form, "keys order, chunks, algo, variant; empty: order 5, one 1 MiB chunk at 0x10000000");
        new Label(form, SWT.NONE).setText("Algorithm");
        contender = new Combo(form, SWT.DROP_DOWN);
        for (Contender each : Contender.defaults(LogPoolText.DEFAULT_POOL.minAllocOrder())) {
            contender.add(each.name());
        }
        contender.add("first-fit@pre-patch");
        contender.setText("first-fit");
        contender.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        hint(form, "ALGORITHM[:BYTES][@VARIANT], e.g. first-fit-align:256 or first-fit@v4-patch");
        pool.addModifyListener(e -> validate());
        contender.addModifyListener(e -> validate());
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        super.createButtonsForButtonBar(parent);
        validate();
    }

    private void hint(Composite form, String text) {
        new Label(form, SWT.NONE);
        Label hint = new Label(form, SWT.NONE);
        hint.setText(text);
        hint.setForeground(form.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
    }

    /** Reads both fields; shows the first problem and keeps OK disabled while there is one. */
    private void validate() {
        choice = null;
        try {
            PoolSpec spec = LogPoolText.parse(pool.getText());
            Contender chosen = Contender.parse(contender.getText(), spec.minAllocOrder());
            choice = chosen.on(spec);
            setErrorMessage(null);
            setMessage("The log is replayed single-threaded through " + chosen.name()
                    + "; the trace it makes opens like any other.");
        } catch (WorkloadFormatException e) {
            setErrorMessage("Pool: " + e.getMessage());
        } catch (IllegalArgumentException e) {
            setErrorMessage("Algorithm: " + e.getMessage());
        }
        if (getButton(IDialogConstants.OK_ID) != null) {
            getButton(IDialogConstants.OK_ID).setEnabled(choice != null);
        }
    }
}
