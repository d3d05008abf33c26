package dev.poolscope.ui.scenarioedit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.poolscope.testkit.swt.DialogAnswer;
import dev.poolscope.testkit.swt.DialogCatcher;
import dev.poolscope.testkit.swt.UiEvents;
import dev.poolscope.testkit.swt.Widgets;
import dev.poolscope.ui.explore.ExplorePanel;
import dev.poolscope.ui.session.Sessions;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The scenario editor on a real display: the check as text is typed (status line, marked line,
 * Run), Open and Save of the text as typed, their failures in error dialogs, the question before
 * unsaved changes are lost, and Run recording a trace that opens or starting an exploration.
 */
class ScenarioEditorTest {

    @TempDir
    Path dir;

    private final Display display = Display.getDefault();
    private final Sessions sessions = new Sessions();
    private Shell workbench;
    private Shell explore;
    private ExplorePanel panel;
    private ScenarioEditor editor;
    private StyledText text;

    @BeforeEach
    void open() {
        workbench = new Shell(display);
        workbench.setSize(1366, 768);
        explore = new Shell(display);
        explore.setLayout(new FillLayout());
        explore.setSize(1000, 400);
        panel = new ExplorePanel(explore, plan -> {
        });
        ScenarioRunner runner = new ScenarioRunner(sessions, prefix -> dir.resolve(prefix + ".pstrace"),
                () -> Optional.of(panel), display);
        editor = new ScenarioEditor(workbench, StarterScenario.text(), runner);
        editor.open();
        text = editor.text();
    }

    @AfterEach
    void close() {
        sessions.close();
        explore.dispose();
        workbench.dispose(); // and the editor with it, unsaved changes or not
    }

    @Test
    void theStarterIsOkAndRunIsEnabled() {
        assertTrue(editor.status().getText().startsWith("OK: Two threads race for one bitmap word, 2 threads"),
                editor.status().getText());
        assertTrue(editor.runEnabled());
        assertEquals(List.of(), markedLines());
        assertEquals("untitled \u2014 " + ScenarioEditor.TITLE, editor.shell().getText());
    }

    @Test
    void aBadLineIsNamedAndMarkedAndDisablesRunUntilItIsFixed() {
        int line = lineOf("variant mainline");
        type("variant mainline", "variant v5");

        UiEvents.until(() -> !editor.runEnabled(), "Run to be disabled");
        assertEquals("line " + line + ": unknown variant 'v5' (expected one of: mainline, v4-patch, pre-patch)",
                editor.status().getText());
        assertEquals(display.getSystemColor(SWT.COLOR_RED), editor.status().getForeground());
        assertEquals(List.of(line), markedLines());
        assertEquals("*untitled \u2014 " + ScenarioEditor.TITLE, editor.shell().getText());

        type("variant v5", "variant v4-patch");

        UiEvents.until(editor::runEnabled, "Run to be enabled again");
        assertTrue(editor.status().getText().endsWith("under v4-patch"), editor.status().getText());
        assertEquals(List.of(), markedLines());
    }

    @Test
    void saveWritesTheTextAsTypedAndOpenReadsItBack() throws Exception {
        type("thread 1:", "# T1 comes second\nthread 1:");
        String typed = text.getText();
        Path file = dir.resolve("mine.scenario");

        assertTrue(editor.files().saveTo(file));

        assertEquals(typed, Files.readString(file, StandardCharsets.UTF_8));
        assertEquals("mine.scenario \u2014 " + ScenarioEditor.TITLE, editor.shell().getText());
        text.setText("");
        assertTrue(editor.files().open(file));
        assertEquals(typed, text.getText());
        assertEquals("mine.scenario \u2014 " + ScenarioEditor.TITLE, editor.shell().getText());
    }

    @Test
    void aBadFileStillOpensAndItsProblemIsShown() throws Exception {
        Path file = Files.writeString(dir.resolve("bad.scenario"), "name: Bad Name\n");

        assertTrue(editor.files().open(file));

        UiEvents.until(() -> !editor.runEnabled(), "the check of the file");
        assertEquals("name: Bad Name\n", text.getText());
        assertEquals("line 1: a scenario's name is kebab-case (such as same-word-race), not 'Bad Name'",
                editor.status().getText());
        assertEquals(List.of(1), markedLines());
    }

    @Test
    void aFileThatCannotBeReadOrWrittenIsNamedInAnErrorDialog() throws Exception {
        String before = text.getText();
        Path absent = dir.resolve("absent.scenario");
        DialogCatcher openFailed = DialogCatcher.watch(display, EditorFiles.OPEN_FAILED);
        DialogCatcher saveFailed = DialogCatcher.watch(display, EditorFiles.SAVE_FAILED);
        try {
            assertFalse(editor.files().open(absent));
            assertFalse(editor.files().saveTo(dir));

            assertEquals(List.of("cannot read " + absent + ": no such file"), openFailed.messages());
            assertEquals(List.of("cannot write " + dir + ": is a directory"), saveFailed.messages());
        } finally {
            openFailed.stop();
            saveFailed.stop();
        }
        assertEquals(before, text.getText());
        assertEquals("untitled \u2014 " + ScenarioEditor.TITLE, editor.shell().getText());
    }

    @Test
    void closingWithUnsavedChangesAsksFirst() {
        type("alloc 256", "alloc 512");
        DialogAnswer cancel = DialogAnswer.watch(display, EditorFiles.UNSAVED, shell -> {
        }, "Cancel");
        try {
            editor.shell().close();
            assertEquals(1, cancel.answered());
            assertFalse(editor.shell().isDisposed(), "Cancel keeps the window");
        } finally {
            cancel.stop();
        }
        DialogAnswer discard = DialogAnswer.watch(display, EditorFiles.UNSAVED, shell -> {
        }, "Do&n't Save");
        try {
            editor.shell().close();
            assertTrue(editor.shell().isDisposed(), "Don't Save closes it");
        } finally {
            discard.stop();
        }
    }

    @Test
    void theWindowClosesWithTheWorkbenchs() {
        Shell window = editor.shell();

        workbench.dispose();

        assertTrue(window.isDisposed());
    }

    @Test
    void runRecordsAScenarioWithItsOwnScheduleAndOpensTheTrace() {
        pressRun();

        UiEvents.until(() -> sessions.current().isPresent(), "the recorded trace to open");
        assertEquals("scenario=" + StarterScenario.NAME, sessions.current().get().trace().header().workload());
        assertEquals(dir.resolve("scenario-" + StarterScenario.NAME + "-mainline.pstrace"),
                sessions.current().get().file());
    }

    @Test
    void runExploresAScenarioWhoseScheduleIsExplore() {
        text.setText(ExploreScenario.TEXT);

        pressRun();

        assertTrue(panel.job().orElseThrow().getName().endsWith(ExploreScenario.NAME), panel.job().get().getName());
        Table outcomes = Widgets.all(panel.control(), Table.class).get(0);
        UiEvents.until(() -> outcomes.getItemCount() > 0, "the exploration's outcomes");
        assertTrue(sessions.current().isEmpty(), "nothing was recorded");
    }

    /** Replaces the first {@code before} in the text by {@code after}, as typing over it does. */
    private void type(String before, String after) {
        text.replaceTextRange(text.getText().indexOf(before), before.length(), after);
    }

    /** The number (from 1) of the first line that holds {@code content}. */
    private int lineOf(String content) {
        return text.getLineAtOffset(text.getText().indexOf(content)) + 1;
    }

    /** The lines (from 1) with the bad line's background; no other line has a background. */
    private List<Integer> markedLines() {
        List<Integer> marked = IntStream.range(0, text.getLineCount()).filter(i -> text.getLineBackground(i) != null)
                .mapToObj(i -> i + 1).toList();
        marked.forEach(line -> assertEquals(LiveCheck.BAD_LINE, text.getLineBackground(line - 1)));
        return marked;
    }

    private void pressRun() {
        Widgets.all(editor.shell(), Button.class).stream()
                .filter(b -> "&Run".equals(b.getText())).findFirst().orElseThrow()
                .notifyListeners(SWT.Selection, null);
    }
}
