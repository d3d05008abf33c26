package dev.poolscope.ui.live;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The one demo workload the live views share: the first view to open starts it, the last to
 * close stops it. It can be paused and resumed; a demo started while paused starts paused.
 * Called on the UI thread only, so a plain counter suffices.
 */
public final class SharedDemo {

    private static final int THREADS = 3;

    // copy-on-write: a listener may remove itself while being told
    private static final List<Runnable> pauseListeners = new CopyOnWriteArrayList<>();
    private static DemoWorkload demo;
    private static int users;
    private static boolean paused;

    private SharedDemo() {
    }

    /** The running demo, started now if no view holds it. */
    public static DemoWorkload acquire() {
        if (demo == null) {
            demo = DemoWorkload.start(THREADS);
            if (paused) {
                pause(demo);
            }
        }
        users++;
        return demo;
    }

    /** Gives the demo back; the last user's release stops its threads and waits for them. */
    public static void release() {
        users--;
        if (users == 0) {
            DemoWorkload stopping = demo;
            demo = null;
            try {
                stopping.close();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt(); // the threads are told to stop; keep the interrupt for the caller
            }
        }
    }

    /** True while the demo is paused (or would start paused). */
    public static boolean isPaused() {
        return paused;
    }

    /**
     * Pauses or resumes the demo; returns once a running demo's threads all wait, so the pool
     * holds still from then on. Tells the pause listeners.
     */
    public static void setPaused(boolean pause) {
        if (pause != paused) {
            paused = pause;
            if (demo != null && pause) {
                pause(demo);
            } else if (demo != null) {
                demo.resume();
            }
            pauseListeners.forEach(Runnable::run);
        }
    }

    /** Runs {@code listener} each time the demo is paused or resumed. */
    public static void addPauseListener(Runnable listener) {
        pauseListeners.add(listener);
    }

    public static void removePauseListener(Runnable listener) {
        pauseListeners.remove(listener);
    }

    private static void pause(DemoWorkload running) {
        try {
            running.pause();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // the threads stop at their next safe point anyway
        }
    }
}
