package dev.poolscope.ui.inspector;

import static dev.poolscope.ui.inspector.InspectorColours.colour;

import dev.poolscope.model.ReplayModel;
import dev.poolscope.model.explain.EventContext;
import dev.poolscope.model.explain.EventNarrative;
import dev.poolscope.model.explain.PseudoCode;
import dev.poolscope.model.explain.ThreadLine;
import dev.poolscope.model.explain.WordDiff;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/**
 * The Step Inspector: the current event in words, the bitmap word it touches before and after, and
 * the allocator's pseudo-code with every thread's current line. Reads everything from the replay
 * model on {@link #show}; holds no state of its own beyond what it shows.
 */
public final class StepInspector {

    private final Composite root;
    private final Label title;
    private final Label narrative;
    private final WordCanvas word;
    private final CodeCanvas code;

    public StepInspector(Composite parent) {
        root = new Composite(parent, SWT.NONE);
        root.setBackground(colour(InspectorColours.BACKGROUND));
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 8;
        layout.marginHeight = 8;
        layout.verticalSpacing = 8;
        root.setLayout(layout);

        title = label(SWT.NONE, InspectorColours.TEXT_DIM);
        narrative = label(SWT.WRAP, InspectorColours.TEXT);
        narrative.setFont(root.getDisplay().getSystemFont());
        GridData wrap = new GridData(SWT.FILL, SWT.TOP, true, false);
        wrap.widthHint = 200; // wrap to the view's width instead of widening it to the sentence's length
        narrative.setLayoutData(wrap);

        word = new WordCanvas(root);
        GridData wordData = new GridData(SWT.FILL, SWT.TOP, true, false);
        wordData.heightHint = word.preferredSize().y;
        word.control().setLayoutData(wordData);

        code = new CodeCanvas(root);
        code.container().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
    }

    public Composite control() {
        return root;
    }

    /**
     * Shows event {@code seq} of {@code model}.
     *
     * @throws UncheckedIOException when the model cannot read the trace
     * @throws IllegalArgumentException when the trace has no event {@code seq}
     */
    public void show(ReplayModel model, long seq) {
        EventContext context;
        try {
            context = EventContext.at(model, seq);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read event " + seq + " of the trace", e);
        }
        int thread = context.event().thread();
        title.setText(String.format(Locale.ROOT, "Event %,d of %,d · T%d · %s", seq, model.lastSeq(), thread,
                context.event().kind()));
        title.setForeground(colour(InspectorColours.thread(thread)));
        narrative.setText(EventNarrative.of(context));
        word.show(WordDiff.of(context), InspectorColours.thread(thread));
        PseudoCode listing = PseudoCode.forVariant(model.header().variant());
        code.show(listing, listing.currentLines(context), thread);
        root.layout(true, true);
    }

    /** The sentence shown. */
    public String narrative() {
        return narrative.getText();
    }

    /** The word shown, if the event touches one. */
    public Optional<WordDiff> wordDiff() {
        return word.diff();
    }

    /** Each thread's highlighted pseudo-code line. */
    public List<ThreadLine> highlightedLines() {
        return code.current();
    }

    WordCanvas wordCanvas() {
        return word;
    }

    CodeCanvas codeCanvas() {
        return code;
    }

    private Label label(int style, int rgb) {
        Label label = new Label(root, style);
        label.setBackground(colour(InspectorColours.BACKGROUND));
        label.setForeground(colour(rgb));
        label.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        return label;
    }
}
