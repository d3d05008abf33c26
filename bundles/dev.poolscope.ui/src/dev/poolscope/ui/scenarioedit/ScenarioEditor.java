package dev.poolscope.ui.scenarioedit;

import dev.poolscope.core.Variant;
import dev.poolscope.trace.scenario.Scenario;

import java.util.List;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swt.widgets.Shell;

/**
 * File &gt; New Scenario's window, beside the workbench and not modal: a scenario file's text in a
 * monospace editor, checked as it is typed ({@link LiveCheck}), the result in the status line
 * under it; Open..., Save and Save As... ({@link EditorFiles}); and Run, enabled while the text is
 * a scenario, which hands it to the {@link ScenarioRunner} under the variant chosen beside it and
 * brings the workbench to the front, where the trace or the exploration shows. The window is one of
 * its own, not kept above the workbench's (it would hide what Run shows), and closes with it.
 * Closing it with unsaved changes asks first.
 */
public final class ScenarioEditor {

    /** The window title's end, after the file's name. */
    public static final String TITLE = "Scenario Editor";

    /** The window's size where the screen has room: 100 columns of text and about 40 lines. */
    private static final int WIDTH = 900;
    private static final int HEIGHT = 760;

    private final Shell workbench;
    private final Shell shell;
    private final StyledText text;
    private final Label status;
    private final Combo variant;
    private final Button run;
    private final ScenarioDocument document;
    private final EditorFiles files;
    private final LiveCheck check;
    private final ScenarioRunner runner;
    private List<Variant> variants = List.of();

    /** Makes the window for {@code workbench} (its window), showing {@code initialText} as a document of no file yet. */
    public ScenarioEditor(Shell workbench, String initialText, ScenarioRunner runner) {
        this.workbench = workbench;
        this.runner = runner;
        document = new ScenarioDocument(initialText);
        shell = new Shell(workbench.getDisplay(), SWT.SHELL_TRIM);
        shell.setImages(workbench.getImages());
        shell.setLayout(new GridLayout(1, false));
        text = new StyledText(shell, SWT.BORDER | SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL);
        text.setFont(JFaceResources.getTextFont());
        text.setMargins(4, 2, 4, 2);
        text.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        status = new Label(shell, SWT.WRAP);
        GridData statusData = new GridData(SWT.FILL, SWT.CENTER, true, false);
        statusData.widthHint = 1; // wraps at the window's width instead of widening it
        status.setLayoutData(statusData);
        Composite buttons = new Composite(shell, SWT.NONE);
        buttons.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        buttons.setLayout(new GridLayout(6, false));
        files = new EditorFiles(text, document, this::showTitle);
        button(buttons, "&Open...", "Open a scenario file").addListener(SWT.Selection, e -> files.openChosen());
        button(buttons, "&Save", "Save the text to its file").addListener(SWT.Selection, e -> files.save());
        button(buttons, "Save &As...", "Save the text to a file you choose").addListener(SWT.Selection,
                e -> files.saveAs());
        Label under = new Label(buttons, SWT.NONE);
        under.setText("Run under:");
        under.setLayoutData(new GridData(SWT.END, SWT.CENTER, true, false));
        variant = new Combo(buttons, SWT.READ_ONLY);
        run = button(buttons, "&Run", "Record the scenario and open its trace, or explore it if its schedule is explore");
        run.addListener(SWT.Selection, e -> run());

        text.setText(initialText);
        check = new LiveCheck(text, status, document::name, this::checked);
        text.addListener(SWT.Modify, e -> showTitle());
        shell.addListener(SWT.Close, e -> e.doit = files.mayDiscard());
        Listener closeWithWorkbench = e -> shell.dispose();
        workbench.addListener(SWT.Dispose, closeWithWorkbench);
        shell.addListener(SWT.Dispose, e -> workbench.removeListener(SWT.Dispose, closeWithWorkbench));
        showTitle();
        check.checkNow();
        place();
    }

    public void open() {
        shell.open();
        text.setFocus();
    }

    public Shell shell() {
        return shell;
    }

    /** True when the text has no unsaved changes, or the user saved them or chose to lose them (asked if need be). */
    public boolean mayDiscard() {
        return files.mayDiscard();
    }

    private static Button button(Composite parent, String label, String tooltip) {
        Button button = new Button(parent, SWT.PUSH);
        button.setText(label);
        button.setToolTipText(tooltip);
        return button;
    }

    /** Enables Run by {@code result}, and offers the variants of the scenario it found. */
    private void checked(ScenarioCheck result) {
        run.setEnabled(result.valid());
        List<Variant> found = result.scenario().map(Scenario::variants).orElse(variants);
        if (!found.equals(variants)) {
            variants = found;
            variant.setItems(found.stream().map(Variant::id).toArray(String[]::new));
            variant.select(0);
            variant.requestLayout();
        }
        variant.setEnabled(result.valid() && variants.size() > 1);
    }

    /** Runs the text as it is now, read again so that a change still waiting to be checked is not missed. */
    void run() {
        check.checkNow().scenario().ifPresent(scenario -> {
            runner.run(scenario, variants.get(variant.getSelectionIndex()));
            workbench.setActive();
        });
    }

    /** {@code *NAME — Scenario Editor}, the star while there are unsaved changes. */
    private void showTitle() {
        shell.setText((document.changed(text.getText()) ? "*" : "") + document.name() + " \u2014 " + TITLE);
    }

    /** Centred on the workbench's monitor at its own size, or the monitor's where that is smaller. */
    private void place() {
        Rectangle screen = workbench.getMonitor().getClientArea();
        int width = Math.min(WIDTH, screen.width - 40);
        int height = Math.min(HEIGHT, screen.height - 40);
        shell.setBounds(screen.x + (screen.width - width) / 2, screen.y + (screen.height - height) / 2, width, height);
    }

    StyledText text() {
        return text;
    }

    EditorFiles files() {
        return files;
    }

    Label status() {
        return status;
    }

    boolean runEnabled() {
        return run.getEnabled();
    }
}
