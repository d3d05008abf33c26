package dev.poolscope.ui.record;

import dev.poolscope.core.Variant;
import dev.poolscope.trace.run.RunPlan;
import dev.poolscope.trace.run.TraceFiles;
import dev.poolscope.trace.workload.Workload;
import dev.poolscope.trace.workload.WorkloadFormatException;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;

/**
 * File &gt; Record Run...: the workload's parameters, variant, algorithm, threads, seed, scheduler
 * and output file. The fields are put together into the workload's one-line form, shown live, and
 * read with {@link Workload#parse}, the parser {@code poolscope record --workload} uses, so the
 * dialog and the command line agree on every value. Every change is checked; a problem is shown
 * naming the field and the value, and OK stays disabled until there is none.
 */
public final class RecordRunDialog extends TitleAreaDialog {

    private static final String[] ALGORITHMS = {"first_fit", "first_fit_align", "fixed", "first_fit_order_align",
        "best_fit"};
    /** The algorithms that take a byte count after a colon. */
    private static final List<String> WITH_PARAMETER = List.of("first_fit_align", "fixed");
    private static final String[] SIZE_KINDS = {"uniform", "pow2", "list"};
    private static final String[] LENGTHS = {"operations per thread", "duration per thread"};

    /** The field each key of the one-line form comes from, as its label names it. */
    private static final Map<String, String> FIELD_OF_KEY = Map.ofEntries(Map.entry("threads", "Threads"),
            Map.entry("ops", "Length"), Map.entry("duration", "Length"), Map.entry("fill", "Fill"),
            Map.entry("mix", "Alloc/free mix"), Map.entry("sizes", "Sizes"), Map.entry("order", "Min alloc order"),
            Map.entry("chunks", "Chunks"), Map.entry("algo", "Algorithm"), Map.entry("variant", "Variant"),
            Map.entry("seed", "Seed"));

    private final Path suggestedOutput;
    private final FormRows rows = new FormRows(this::validate);
    private Text threads;
    private Combo lengthKind;
    private Text length;
    private Text fill;
    private Combo sizeKind;
    private Text sizes;
    private Spinner allocPercent;
    private Text order;
    private Text chunks;
    private Combo algorithm;
    private Text algorithmParameter;
    private Combo variant;
    private Text seed;
    private Combo scheduler;
    private Text output;
    private Text workloadLine;
    private RunPlan plan;
    private Path chosenOutput;

    /** @param suggestedOutput the output file the dialog starts with */
    public RecordRunDialog(Shell parent, Path suggestedOutput) {
        super(parent);
        this.suggestedOutput = suggestedOutput;
    }

    /** The run to record; valid after OK. */
    public RunPlan plan() {
        return plan;
    }

    /** The trace file to write; valid after OK. */
    public Path output() {
        return chosenOutput;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("Record Run");
    }

    @Override
    protected boolean isResizable() {
        return true;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle("Record a run of a workload");
        setMessage("Records the run into the output file, then opens the trace.");
        Composite form = new Composite(area, SWT.NONE);
        form.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        GridLayout layout = new GridLayout(3, false);
        layout.marginWidth = 10;
        layout.marginHeight = 10;
        form.setLayout(layout);

        Map<String, String> standard = tokens(Workload.standard());
        threads = rows.text(form, "Threads:", standard.get("threads"), "1.." + Workload.MAX_THREADS);
        Composite lengthPair = rows.pair(form, "Length:");
        lengthKind = rows.combo(lengthPair, LENGTHS, LENGTHS[0]);
        length = rows.pairText(lengthPair, standard.get("ops"));
        rows.hint(form, "operations, or a time such as 10s (real threads only)");
        fill = rows.text(form, "Fill:", standard.get("fill"), "fraction of the pool kept live, (0, 1]");
        Composite sizePair = rows.pair(form, "Sizes:");
        String[] standardSizes = standard.get("sizes").split(":", 2);
        sizeKind = rows.combo(sizePair, SIZE_KINDS, standardSizes[0]);
        sizes = rows.pairText(sizePair, standardSizes[1]);
        rows.hint(form, "MIN..MAX bytes, or SIZE[*WEIGHT],... for a list");
        rows.label(form, "Alloc/free mix:");
        allocPercent = new Spinner(form, SWT.BORDER);
        allocPercent.setValues(Workload.standard().allocPercent(), 0, 100, 0, 1, 10);
        allocPercent.addModifyListener(e -> validate());
        rows.hint(form, "% of steps below the fill target that allocate");
        order = rows.text(form, "Min alloc order:", standard.get("order"), "units of 2^order bytes");
        chunks = rows.text(form, "Chunks:", standard.get("chunks"), "[COUNT*]SIZE@ADDRESS,...");
        Composite algorithmPair = rows.pair(form, "Algorithm:");
        algorithm = rows.combo(algorithmPair, ALGORITHMS, standard.get("algo"));
        algorithmParameter = rows.pairText(algorithmPair, "");
        rows.hint(form, "alignment or offset in bytes, for the algorithms that take one");
        rows.label(form, "Variant:");
        variant = new Combo(form, SWT.READ_ONLY);
        for (Variant v : Variant.values()) {
            variant.add(v.id());
        }
        variant.setText(standard.get("variant"));
        variant.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        variant.addModifyListener(e -> validate());
        rows.hint(form, "");
        seed = rows.text(form, "Seed:", standard.get("seed"), "of the threads' choices and the schedule");
        rows.label(form, "Scheduler:");
        scheduler = new Combo(form, SWT.READ_ONLY);
        for (RunPlan.Scheduler s : RunPlan.Scheduler.values()) {
            scheduler.add(s.label());
        }
        scheduler.select(0);
        scheduler.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        scheduler.addModifyListener(e -> validate());
        Composite outputPair = rows.pair(form, "Output file:");
        ((GridData) outputPair.getLayoutData()).horizontalSpan = 2;
        output = rows.pairText(outputPair, suggestedOutput.toString());
        Button browse = new Button(outputPair, SWT.PUSH);
        browse.setText("Browse...");
        browse.addListener(SWT.Selection, e -> browse());

        rows.label(form, "Workload:").setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false));
        workloadLine = new Text(form, SWT.READ_ONLY | SWT.WRAP | SWT.MULTI);
        GridData lineData = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
        lineData.widthHint = 480;
        workloadLine.setLayoutData(lineData);
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        super.createButtonsForButtonBar(parent);
        getButton(IDialogConstants.OK_ID).setText("Record");
        validate();
    }

    @Override
    protected void okPressed() {
        validate();
        if (plan != null) {
            super.okPressed();
        }
    }

    /** Reads every field; shows the first problem, or the workload, and enables OK only without a problem. */
    private void validate() {
        if (workloadLine == null || getButton(IDialogConstants.OK_ID) == null) {
            return; // still building the dialog
        }
        boolean takesParameter = WITH_PARAMETER.contains(algorithm.getText());
        algorithmParameter.setEnabled(takesParameter);
        String problem = null;
        plan = null;
        chosenOutput = null;
        try {
            List<String> tokens = workloadTokens(takesParameter);
            String line = String.join(" ", tokens);
            workloadLine.setText(line); // as typed until it reads, then as the parser writes it back
            Workload workload = parse(tokens);
            workloadLine.setText(workload.text());
            RunPlan.Scheduler chosen = RunPlan.Scheduler.values()[scheduler.getSelectionIndex()];
            if (chosen == RunPlan.Scheduler.CONTROLLED && lengthKind.getSelectionIndex() != 0) {
                throw new FieldException("Scheduler", "the controlled scheduler needs operations per thread, not a duration");
            }
            Path file = outputFile();
            plan = new RunPlan.OfWorkload(workload, chosen);
            chosenOutput = file;
        } catch (FieldException e) {
            problem = e.getMessage();
        }
        setErrorMessage(problem);
        getButton(IDialogConstants.OK_ID).setEnabled(problem == null);
    }

    /**
     * Reads the workload from its tokens. Each token is read alone first (on the standard workload),
     * so that a bad value is blamed on its own field; a problem that only the tokens together have
     * (an algorithm the variant lacks) is blamed on the pool fields changed from the standard.
     */
    private static Workload parse(List<String> tokens) {
        for (String token : tokens) {
            try {
                Workload.parse(token);
            } catch (WorkloadFormatException e) {
                throw new FieldException(fieldsOf(List.of(token)), e.getMessage());
            }
        }
        try {
            return Workload.parse(String.join(" ", tokens));
        } catch (WorkloadFormatException e) {
            List<String> standard = List.of(Workload.standard().text().split(" "));
            List<String> involved = List.of(e.token().split("\\s+"));
            List<String> changed = involved.stream().filter(t -> !standard.contains(t)).toList();
            throw new FieldException(fieldsOf(changed.isEmpty() ? involved : changed), e.getMessage());
        }
    }

    /** The one-line form's tokens from the fields; a field that is empty or holds a space is refused, naming it. */
    private List<String> workloadTokens(boolean takesParameter) {
        List<String> tokens = new ArrayList<>();
        tokens.add("threads=" + value("Threads", threads));
        tokens.add((lengthKind.getSelectionIndex() == 0 ? "ops=" : "duration=") + value("Length", length));
        tokens.add("fill=" + value("Fill", fill));
        tokens.add("mix=" + allocPercent.getSelection() + "/" + (100 - allocPercent.getSelection()));
        tokens.add("sizes=" + sizeKind.getText() + ":" + value("Sizes", sizes));
        tokens.add("order=" + value("Min alloc order", order));
        tokens.add("chunks=" + value("Chunks", chunks));
        tokens.add("algo=" + algorithm.getText()
                + (takesParameter && !algorithmParameter.getText().isBlank()
                        ? ":" + value("Algorithm", algorithmParameter) : ""));
        tokens.add("variant=" + variant.getText());
        tokens.add("seed=" + value("Seed", seed));
        return tokens;
    }

    private Path outputFile() {
        String name = output.getText().trim();
        if (name.isEmpty()) {
            throw new FieldException("Output file", "enter the trace file to write");
        }
        try {
            Path file = Path.of(name).toAbsolutePath();
            if (Files.isDirectory(file)) {
                throw new FieldException("Output file", "'" + name + "' is a directory");
            }
            return file;
        } catch (InvalidPathException e) {
            throw new FieldException("Output file", "'" + name + "' is not a file name: " + e.getReason());
        }
    }

    private static String value(String field, Text text) {
        String value = text.getText().trim();
        if (value.isEmpty()) {
            throw new FieldException(field, "enter a value");
        }
        if (value.chars().anyMatch(Character::isWhitespace)) {
            throw new FieldException(field, "'" + value + "' holds a space");
        }
        return value;
    }

    /** The labels of the fields {@code tokens} came from. */
    private static String fieldsOf(List<String> tokens) {
        return tokens.stream().map(t -> t.substring(0, t.indexOf('=')))
                .map(key -> FIELD_OF_KEY.getOrDefault(key, key)).distinct().collect(Collectors.joining(", "));
    }

    /** The one-line form's values by key. */
    private static Map<String, String> tokens(Workload workload) {
        Map<String, String> tokens = new LinkedHashMap<>();
        for (String token : workload.text().split(" ")) {
            int equals = token.indexOf('=');
            tokens.put(token.substring(0, equals), token.substring(equals + 1));
        }
        return tokens;
    }

    private void browse() {
        FileDialog dialog = new FileDialog(getShell(), SWT.SAVE);
        dialog.setFilterExtensions(new String[] {"*" + TraceFiles.EXTENSION, "*"});
        dialog.setOverwrite(true);
        Path current = Path.of(output.getText().trim().isEmpty() ? suggestedOutput.toString() : output.getText().trim());
        if (current.getParent() != null) {
            dialog.setFilterPath(current.getParent().toString());
        }
        dialog.setFileName(current.getFileName() == null ? "" : current.getFileName().toString());
        String chosen = dialog.open();
        if (chosen != null) {
            output.setText(chosen);
        }
    }

    /** A field's value that cannot be used, with the field's label. */
    private static final class FieldException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        FieldException(String field, String problem) {
            super(field + ": " + problem, null, false, false);
        }
    }
}
