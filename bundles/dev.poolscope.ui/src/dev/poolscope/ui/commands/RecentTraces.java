package dev.poolscope.ui.commands;

import dev.poolscope.ui.session.SessionListener;
import dev.poolscope.ui.session.TraceSession;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.service.prefs.BackingStoreException;

/**
 * The traces (and allocation logs) opened last, most recent first, kept in preferences across runs.
 * As a session listener it remembers each trace once it has opened.
 */
public final class RecentTraces implements SessionListener {

    /** How many traces are remembered. */
    public static final int MAX = 8;

    private static final String NODE = "recentTraces";

    private final IEclipsePreferences preferences;

    /** Recent traces kept in {@code preferences}' child node "recentTraces", keys "0".."7". */
    public RecentTraces(IEclipsePreferences preferences) {
        this.preferences = preferences;
    }

    /** The workbench's recent traces, in the UI bundle's instance preferences. */
    public static RecentTraces workbench() {
        return new RecentTraces(InstanceScope.INSTANCE.getNode("dev.poolscope.ui"));
    }

    /** The remembered traces, most recent first. */
    public List<Path> list() {
        IEclipsePreferences node = (IEclipsePreferences) preferences.node(NODE);
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < MAX; i++) {
            String file = node.get(Integer.toString(i), null);
            if (file != null) {
                files.add(Path.of(file));
            }
        }
        return files;
    }

    /** Puts {@code file} first, dropping its older place and the oldest beyond {@link #MAX}. */
    public void remember(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        List<Path> files = list();
        files.remove(absolute);
        files.add(0, absolute);
        store(files);
    }

    /** Puts {@code source} first in the place of {@code made}, the trace made from it (an allocation log's). */
    public void replace(Path made, Path source) {
        forget(made);
        remember(source);
    }

    /** Drops {@code file} from the list. */
    public void forget(Path file) {
        List<Path> files = list();
        files.remove(file.toAbsolutePath().normalize());
        store(files);
    }

    @Override
    public void sessionChanged(Optional<TraceSession> session) {
        session.ifPresent(opened -> remember(opened.file()));
    }

    @Override
    public void seqChanged(TraceSession session, long seq) {
        // the list is of files, not places in them
    }

    private void store(List<Path> files) {
        IEclipsePreferences node = (IEclipsePreferences) preferences.node(NODE);
        for (int i = 0; i < MAX; i++) {
            if (i < files.size()) {
                node.put(Integer.toString(i), files.get(i).toString());
            } else {
                node.remove(Integer.toString(i));
            }
        }
        try {
            node.flush();
        } catch (BackingStoreException e) {
            // the list still serves this run; only the next run loses it
            ILog.of(RecentTraces.class).warn("cannot save the recent traces", e);
        }
    }
}
