package dev.poolscope.app;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.ui.IPerspectiveDescriptor;
import org.eclipse.ui.IWorkbenchPage;
import org.osgi.service.prefs.BackingStoreException;

/**
 * The version of the layout {@link PoolscopePerspective} builds. The workbench keeps the user's
 * arrangement of views between runs (its persisted model); a build whose perspective lays the views
 * out differently raises {@link #CURRENT}, and its first run resets the perspective once, so a
 * layout saved by an older build neither hides a new view nor keeps one that is gone.
 */
final class LayoutVersion {

    /** Raise when {@link PoolscopePerspective#createInitialLayout} changes. */
    static final int CURRENT = 5;

    private static final String KEY = "perspective.layoutVersion";

    private LayoutVersion() {
    }

    /** The application's preferences, where the version of the layout last built is kept. */
    static IEclipsePreferences workbench() {
        return InstanceScope.INSTANCE.getNode("dev.poolscope.app");
    }

    /**
     * Resets {@code page}'s Poolscope perspective to the built layout when {@code kept} says it was
     * laid out by an older build (or by none); returns whether it did.
     */
    static boolean resetIfOlder(IWorkbenchPage page, IEclipsePreferences kept) {
        if (kept.getInt(KEY, 0) >= CURRENT) {
            return false;
        }
        IPerspectiveDescriptor perspective = page.getPerspective();
        if (perspective != null && PoolscopePerspective.ID.equals(perspective.getId())) {
            page.resetPerspective();
        }
        kept.putInt(KEY, CURRENT);
        try {
            kept.flush();
        } catch (BackingStoreException e) {
            // this run has the built layout; the next one only resets it again
            ILog.of(LayoutVersion.class).warn("cannot save the layout's version", e);
        }
        return true;
    }
}
