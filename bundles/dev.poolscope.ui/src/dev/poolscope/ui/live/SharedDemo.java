package dev.poolscope.ui.live;

/**
 * The one demo workload the live views share: the first view to open starts it, the last to
 * close stops it. Called on the UI thread only, so a plain counter suffices.
 */
public final class SharedDemo {

    private static final int THREADS = 3;

    private static DemoWorkload demo;
    private static int users;

    private SharedDemo() {
    }

    /** The running demo, started now if no view holds it. */
    public static DemoWorkload acquire() {
        if (demo == null) {
            demo = DemoWorkload.start(THREADS);
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
}
