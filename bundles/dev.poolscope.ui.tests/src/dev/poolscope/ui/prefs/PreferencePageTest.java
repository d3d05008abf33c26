package dev.poolscope.ui.prefs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.poolscope.testkit.swt.Widgets;

import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The preference page as a user fills it in: typed numbers checked against their bounds, OK storing them. */
class PreferencePageTest {

    private static final String FPS_LABEL = "Live grid &repaint rate (frames per second):";
    private static final String INTERVAL_LABEL = "&Checkpoint interval (events, 0 = automatic):";

    private final IPreferenceStore store = PoolscopePreferences.store();
    private Shell shell;
    private PoolscopePreferencePage page;

    @BeforeEach
    void openPage() {
        shell = new Shell(Display.getDefault());
        shell.setLayout(new FillLayout());
        page = new PoolscopePreferencePage();
        page.createControl(shell);
        shell.setSize(700, 800);
        shell.open();
    }

    @AfterEach
    void closePage() {
        shell.dispose();
        page.dispose();
        store.setToDefault(PoolscopePreferences.REPAINT_FPS);
        store.setToDefault(PoolscopePreferences.CHECKPOINT_INTERVAL);
    }

    @Test
    void typedValuesAreStoredOnOk() {
        type(FPS_LABEL, "10");
        type(INTERVAL_LABEL, "4096");
        assertTrue(page.isValid(), page.getErrorMessage());

        assertTrue(page.performOk());
        assertEquals(100, PoolscopePreferences.repaintMillis());
        assertEquals(4096, PoolscopePreferences.checkpointInterval());
    }

    @Test
    void aRateOutOfBoundsIsRefusedAndNothingIsStored() {
        type(FPS_LABEL, "99"); // the field takes two digits
        assertFalse(page.isValid());
        assertTrue(page.getErrorMessage().contains("1") && page.getErrorMessage().contains("60"),
                page.getErrorMessage());
        assertEquals(1000 / 30, PoolscopePreferences.repaintMillis(), "the default stays");
    }

    /** Puts {@code value} in the field after {@code label} as typing does: the field checks it on the key's release. */
    private void type(String label, String value) {
        Text field = (Text) Widgets.after(page.getControl(), label);
        field.setText(value);
        field.notifyListeners(SWT.KeyUp, new Event());
    }
}
