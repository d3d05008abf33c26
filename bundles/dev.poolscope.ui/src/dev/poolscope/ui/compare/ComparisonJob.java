package dev.poolscope.ui.compare;

import dev.poolscope.analysis.compare.Comparison;
import dev.poolscope.analysis.compare.Contender;
import dev.poolscope.analysis.compare.ContenderResult;
import dev.poolscope.analysis.log.AllocationLogFormatException;
import dev.poolscope.ui.session.FileJob;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.swt.widgets.Display;

/**
 * Compares in the background: reads the open trace's operations ({@link CompareInput}) and runs
 * {@link Comparison#run} one contender at a time, so a cancel takes effect between contenders. The
 * comparison goes to {@code done} on the UI thread; a file that cannot be read is named in an error dialog.
 */
public final class ComparisonJob extends FileJob {

    /** The dialog title when a comparison fails. */
    public static final String ERROR_TITLE = "Cannot compare";

    /** Checkpoints of each replay: the points of each line of the chart. */
    public static final int CHECKPOINTS = 100;

    private final Path traceFile;
    /** The contenders as the user listed them; empty for {@link Contender#defaults}. */
    private final Optional<String> contenders;
    private final Consumer<Comparison> done;

    /**
     * @param contenders a list for {@link Contender#parseList}, or empty for the defaults of the trace's order
     * @param done       given the comparison on the UI thread
     */
    public ComparisonJob(Path traceFile, Optional<String> contenders, Display display, Consumer<Comparison> done) {
        super("Comparing algorithms on " + traceFile.getFileName(), traceFile, ERROR_TITLE, display);
        this.traceFile = traceFile;
        this.contenders = contenders;
        this.done = done;
    }

    @Override
    protected void work(SubMonitor progress) throws IOException, AllocationLogFormatException {
        Comparison comparison = compare(progress);
        display().asyncExec(() -> done.accept(comparison));
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
