package dev.poolscope.ui.compare;

import dev.poolscope.analysis.compare.Comparison;
import dev.poolscope.analysis.compare.Contender;
import dev.poolscope.analysis.compare.ContenderResult;
import dev.poolscope.analysis.log.AllocationLogFormatException;
import dev.poolscope.ui.session.TraceErrors;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.progress.IProgressConstants;

/**
 * Compares in the background: reads the open trace's operations ({@link CompareInput}) and runs
 * {@link Comparison#run} one contender at a time, so a cancel takes effect between contenders. The
 * comparison goes to {@code done} on the UI thread; a file that cannot be read is named in an error dialog.
 */
public final class ComparisonJob extends Job {

    /** The dialog title when a comparison fails. */
    public static final String ERROR_TITLE = "Cannot compare";

    /** Checkpoints of each replay: the points of each line of the chart. */
    public static final int CHECKPOINTS = 100;

    private final Path traceFile;
    /** The contenders as the user listed them; empty for {@link Contender#defaults}. */
    private final Optional<String> contenders;
    private final Display display;
    private final Consumer<Comparison> done;

    /**
     * @param contenders a list for {@link Contender#parseList}, or empty for the defaults of the trace's order
     * @param done       given the comparison on the UI thread
     */
    public ComparisonJob(Path traceFile, Optional<String> contenders, Display display, Consumer<Comparison> done) {
        super("Comparing algorithms on " + traceFile.getFileName());
        this.traceFile = traceFile;
        this.contenders = contenders;
        this.display = display;
        this.done = done;
        setUser(true);
        // the job shows its own dialog on failure; the workbench's second one would say less
        setProperty(IProgressConstants.NO_IMMEDIATE_ERROR_PROMPT_PROPERTY, Boolean.TRUE);
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        IStatus result;
        try {
            Comparison comparison = compare(SubMonitor.convert(monitor, getName(), 1 + 8));
            display.asyncExec(() -> done.accept(comparison));
            result = Status.OK_STATUS;
        } catch (OperationCanceledException e) {
            result = Status.CANCEL_STATUS;
        } catch (IOException | AllocationLogFormatException | RuntimeException e) {
            String message = e instanceof IOException io ? TraceErrors.describe(traceFile, io)
                    : e instanceof AllocationLogFormatException ? e.getMessage() : traceFile + ": " + e.getMessage();
            display.asyncExec(() -> TraceErrors.show(display, ERROR_TITLE, message));
            result = Status.error(message, e);
        } finally {
            monitor.done();
        }
        return result;
    }

    private Comparison compare(SubMonitor progress) throws IOException, AllocationLogFormatException {
        progress.subTask("reading the operations");
        CompareInput input = CompareInput.of(traceFile);
        int order = input.pool().minAllocOrder();
        List<Contender> list = contenders.map(text -> Contender.parseList(text, order))
                .orElseGet(() -> Contender.defaults(order));
        progress.setWorkRemaining(list.size());
        long[] units = Comparison.defaultRequestUnits();
        List<ContenderResult> results = new ArrayList<>();
        for (Contender contender : list) {
            progress.subTask("replaying " + input.log().operations() + " operations through " + contender.name());
            results.add(Comparison.run(input.log(), input.pool(), List.of(contender), CHECKPOINTS, units).results()
                    .get(0));
            progress.split(1); // throws once the user cancels
        }
        return new Comparison(input.log(), input.pool(), units, results);
    }
}
