package dev.poolscope.ui.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.poolscope.testkit.swt.Widgets;
import dev.poolscope.trace.run.RunPlan;
import dev.poolscope.trace.workload.Workload;

import java.nio.file.Path;

import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Record Run dialog on a real display: its fields make the workload the command line would read, and bad values are refused by name. */
class RecordRunDialogTest {

    private static final Path OUTPUT = Path.of("/tmp/poolscope-dialog-test/run.pstrace");

    private Shell parent;
    private RecordRunDialog dialog;

    @BeforeEach
    void openDialog() {
        parent = new Shell(Display.getDefault());
        dialog = new RecordRunDialog(parent, OUTPUT);
        dialog.setBlockOnOpen(false);
        dialog.open();
    }

    @AfterEach
    void closeDialog() {
        dialog.close();
        parent.dispose();
    }

    @Test
    void startsWithTheStandardWorkloadOnRealThreads() {
        assertTrue(okEnabled());
        assertNull(dialog.getErrorMessage());
        RunPlan.OfWorkload plan = (RunPlan.OfWorkload) dialog.plan();
        assertEquals(Workload.standard(), plan.workload());
        assertEquals(RunPlan.Scheduler.REAL_THREADS, plan.scheduler());
        assertEquals(OUTPUT, dialog.output());
        assertEquals(Workload.standard().text(), text("Workload:").getText());
    }

    @Test
    void buildsTheWorkloadTheCommandLineReadsFromTheSameText() {
        text("Threads:").setText("8");
        pairText("Length:").setText("500");
        text("Fill:").setText("0.25");
        pairCombo("Sizes:").setText("pow2");
        pairText("Sizes:").setText("64..1K");
        ((Spinner) Widgets.after(dialog.getShell(), "Alloc/free mix:")).setSelection(70);
        text("Min alloc order:").setText("6");
        text("Chunks:").setText("2*64KiB@0x20000000");
        pairCombo("Algorithm:").setText("first_fit_align");
        pairText("Algorithm:").setText("256");
        combo("Variant:").setText("pre-patch");
        text("Seed:").setText("42");
        combo("Scheduler:").select(1);
        pairText("Output file:").setText("/tmp/elsewhere/mine.pstrace");

        Workload expected = Workload.parse("threads=8 ops=500 fill=0.25 mix=70/30 sizes=pow2:64..1024 order=6 "
                + "chunks=2*64KiB@0x20000000 algo=first_fit_align:256 variant=pre-patch seed=42");
        assertNull(dialog.getErrorMessage());
        assertTrue(okEnabled());
        RunPlan.OfWorkload plan = (RunPlan.OfWorkload) dialog.plan();
        assertEquals(expected, plan.workload());
        assertEquals(RunPlan.Scheduler.CONTROLLED, plan.scheduler());
        assertEquals(Path.of("/tmp/elsewhere/mine.pstrace"), dialog.output());
        assertEquals(expected.text(), text("Workload:").getText(), "the one-line form follows the fields");
    }

    @Test
    void refusesABadValueNamingTheFieldAndTheValue() {
        text("Threads:").setText("four");
        assertRefused("Threads", "four");
        text("Threads:").setText("4");
        assertTrue(okEnabled());

        text("Fill:").setText("1.5");
        assertRefused("Fill", "1.5");
        text("Fill:").setText("0.5");

        pairText("Sizes:").setText("2048..32");
        assertRefused("Sizes", "2048..32");
        pairText("Sizes:").setText("32..2048");

        text("Chunks:").setText("4MiB@0x10000000,4MiB@0x10100000");
        assertRefused("Chunks", "overlaps");
        text("Chunks:").setText("4MiB@0x10000000");

        text("Seed:").setText("");
        assertRefused("Seed", "enter a value");
        text("Seed:").setText("1 threads=9");
        assertRefused("Seed", "1 threads=9");
        text("Seed:").setText("1");
        assertTrue(okEnabled());
    }

    @Test
    void refusesWhatTheFieldsCannotDoTogether() {
        pairCombo("Algorithm:").setText("best_fit");
        combo("Variant:").setText("v4-patch");
        assertRefused("Algorithm, Variant", "best_fit");

        combo("Variant:").setText("mainline");
        pairCombo("Length:").select(1);
        pairText("Length:").setText("2s");
        assertTrue(okEnabled(), "a duration on real threads");
        combo("Scheduler:").select(1);
        assertRefused("Scheduler", "operations per thread");
    }

    private void assertRefused(String field, String value) {
        String error = dialog.getErrorMessage();
        assertTrue(error != null && error.startsWith(field + ": ") && error.contains(value), error);
        assertFalse(okEnabled(), "OK stays disabled while " + field + " is wrong");
        assertNull(dialog.plan());
    }

    private boolean okEnabled() {
        return Widgets.all(dialog.getShell(), Button.class).stream().filter(b -> "Record".equals(b.getText()))
                .findFirst().orElseThrow().isEnabled();
    }

    private Text text(String label) {
        return (Text) Widgets.after(dialog.getShell(), label);
    }

    private Combo combo(String label) {
        return (Combo) Widgets.after(dialog.getShell(), label);
    }

    private Text pairText(String label) {
        return Widgets.all(pair(label), Text.class).get(0);
    }

    private Combo pairCombo(String label) {
        return Widgets.all(pair(label), Combo.class).get(0);
    }

    private Composite pair(String label) {
        Control pair = Widgets.after(dialog.getShell(), label);
        return (Composite) pair;
    }
}
