package dev.poolscope.ui.prefs;

import org.eclipse.jface.preference.ColorFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.IntegerFieldEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;

/**
 * Window &gt; Preferences &gt; Poolscope: the live grid's colours and repaint rate, the thread hues
 * and the checkpoint interval of the replay model. Each number is checked against its bounds as
 * it is typed; Restore Defaults brings back {@link PreferenceDefaults}.
 */
public final class PoolscopePreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

    public PoolscopePreferencePage() {
        super(GRID);
        setPreferenceStore(PoolscopePreferences.store());
        setDescription("Colours and pace of the Poolscope views.");
    }

    @Override
    public void init(IWorkbench workbench) {
        // the store is set in the constructor; nothing else to prepare
    }

    @Override
    protected void createFieldEditors() {
        Composite page = getFieldEditorParent();
        IntegerFieldEditor fps = new IntegerFieldEditor(PoolscopePreferences.REPAINT_FPS,
                "Live grid &repaint rate (frames per second):", page, 2);
        fps.setValidRange(PoolscopePreferences.MIN_FPS, PoolscopePreferences.MAX_FPS);
        addField(fps);
        IntegerFieldEditor interval = new IntegerFieldEditor(PoolscopePreferences.CHECKPOINT_INTERVAL,
                "&Checkpoint interval (events, 0 = automatic):", page, 8);
        interval.setValidRange(0, PoolscopePreferences.MAX_CHECKPOINT_INTERVAL);
        addField(interval);

        Composite grid = group(page, "Live heat grid");
        addField(new ColorFieldEditor(PoolscopePreferences.GRID_FREE, "Free:", grid));
        addField(new ColorFieldEditor(PoolscopePreferences.GRID_ALLOCATED_SPARSE, "Allocated (few bits):", grid));
        addField(new ColorFieldEditor(PoolscopePreferences.GRID_ALLOCATED_FULL, "Allocated (all bits):", grid));
        addField(new ColorFieldEditor(PoolscopePreferences.GRID_HEAT, "Recent change:", grid));

        Composite threads = group(page, "Thread hues");
        for (int thread = 0; thread < PoolscopePreferences.THREAD_HUES; thread++) {
            addField(new ColorFieldEditor(PoolscopePreferences.threadHueKey(thread), "T" + thread + ":", threads));
        }
    }

    /** A titled group spanning the page, holding field editors (which lay out its two columns themselves). */
    private static Composite group(Composite page, String title) {
        Group group = new Group(page, SWT.NONE);
        group.setText(title);
        group.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
        Composite inner = new Composite(group, SWT.NONE);
        group.setLayout(new GridLayout());
        inner.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        return inner;
    }
}
