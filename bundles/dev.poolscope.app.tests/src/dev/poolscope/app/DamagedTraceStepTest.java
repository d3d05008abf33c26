package dev.poolscope.app;

import static dev.poolscope.app.Workbenches.run;
import static dev.poolscope.app.Workbenches.window;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.poolscope.model.ReplayModel;
import dev.poolscope.model.explain.EventContext;
import dev.poolscope.model.explain.EventNarrative;
import dev.poolscope.testkit.MemoryTrace;
import dev.poolscope.testkit.Recorded;
import dev.poolscope.testkit.SmallBlocks;
import dev.poolscope.testkit.swt.DialogCatcher;
import dev.poolscope.testkit.swt.UiEvents;
import dev.poolscope.trace.scenario.Scenarios;
import dev.poolscope.ui.commands.PoolscopeCommands;
import dev.poolscope.ui.mode.ModeText;
import dev.poolscope.ui.session.Sessions;
import dev.poolscope.ui.session.TraceErrors;
import dev.poolscope.ui.session.TraceSession;
import dev.poolscope.ui.views.ChartsView;
import dev.poolscope.ui.views.HeatGridView;
import dev.poolscope.ui.views.InspectorView;
import dev.poolscope.ui.views.PoolsView;
import dev.poolscope.ui.views.TimelineView;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * A trace file damaged after it was opened: a step into the damage names the file and the byte
 * offset in one dialog, and every view (Heat Grid, Step Inspector, Pools, Timeline, Charts, the
 * title and status line) stays on the event shown before.
 */
@ExtendWith(InWorkbench.class)
class DamagedTraceStepTest {

    /** Bytes overwritten in the middle of the file: more than one small block, so a payload is hit. */
    private static final int DAMAGE_BYTES = 400;
    /** Where a payload read reports damage: at most one block before the first damaged byte. */
    private static final int BLOCK_SLACK = 2048;

    @TempDir
    Path dir;

    private final Sessions sessions = Sessions.workbench();

    @AfterEach
    void backToLive() {
        sessions.close();
        UiEvents.drain();
    }

    @Test
    void aStepIntoDamageNamesFileAndOffsetAndEveryViewStaysOnOneEvent() throws Exception {
        Path file = dir.resolve("damaged-later.pstrace");
        MemoryTrace storm = Recorded.scenario(Scenarios.byName("retry-storm")).trace();
        SmallBlocks.write(file, storm.header(), storm.events(), 8);
        IWorkbenchPage page = window().getActivePage();
        page.showView(ChartsView.ID);
        page.showView(TimelineView.ID); // both tabs have their parts, and both follow the session
        TraceSession session = Workbenches.open(file);
        run(PoolscopeCommands.STEP_FORWARD);
        UiEvents.drain();
        long shown = sessions.seq();

        long damageStart = Files.size(file) / 2;
        damage(file, damageStart);
        DialogCatcher dialogs = DialogCatcher.watch(Display.getCurrent(), TraceErrors.STEP_TITLE);
        try {
            run(PoolscopeCommands.RUN_TO_END);
            UiEvents.until(() -> !dialogs.messages().isEmpty(), "the step's error dialog");
            UiEvents.drain(); // the views repaint: a paint must not read the damage into the event loop
        } finally {
            dialogs.stop();
        }

        assertEquals(1, dialogs.messages().size(), () -> "dialogs: " + dialogs.messages());
        String message = dialogs.messages().get(0);
        assertTrue(message.contains(file.toString()), message);
        Matcher offset = Pattern.compile("at byte (\\d+)").matcher(message);
        assertTrue(offset.find(), message);
        long at = Long.parseLong(offset.group(1));
        assertTrue(at > damageStart - BLOCK_SLACK && at < damageStart + DAMAGE_BYTES,
                () -> "offset " + at + " of damage at " + damageStart + ": " + message);
        assertEverythingShows(session, shown);
    }

    /** Flips {@value #DAMAGE_BYTES} bytes of {@code file} from {@code start}. */
    private static void damage(Path file, long start) throws Exception {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            byte[] bytes = new byte[DAMAGE_BYTES];
            raf.seek(start);
            raf.readFully(bytes);
            for (int i = 0; i < bytes.length; i++) {
                bytes[i] = (byte) ~bytes[i];
            }
            raf.seek(start);
            raf.write(bytes);
        }
    }

    private void assertEverythingShows(TraceSession session, long seq) throws Exception {
        ReplayModel model = session.model();
        IWorkbenchPage page = window().getActivePage();
        assertEquals(seq, sessions.seq());
        HeatGridView grid = (HeatGridView) page.findView(HeatGridView.ID);
        assertEquals(seq, grid.traceGrid().orElseThrow().bitmap().seq(), "Heat Grid");
        InspectorView inspector = (InspectorView) page.findView(InspectorView.ID);
        assertEquals(EventNarrative.of(EventContext.at(model, seq)), inspector.inspector().narrative(),
                "Step Inspector");
        PoolsView pools = (PoolsView) page.findView(PoolsView.ID);
        String poolRow = pools.tree().control().getItem(0).getText(0);
        assertTrue(poolRow.endsWith(String.format(Locale.ROOT, "@ event %,d", seq)), "Pools: " + poolRow);
        assertEquals(seq, ((TimelineView) page.findView(TimelineView.ID)).timeline().cursor(), "Timeline");
        ((ChartsView) page.findView(ChartsView.ID)).charts().charts()
                .forEach(chart -> assertEquals(seq, chart.cursor(), "Charts"));
        assertEquals(ModeText.traceTitle(session.name(), seq, model.lastSeq()), window().getShell().getText());
        assertTrue(Workbenches.statusTexts().contains(ModeText.traceStatus(seq, model.lastSeq())),
                () -> "status line: " + Workbenches.statusTexts());
    }
}
