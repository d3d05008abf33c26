package dev.poolscope.ui.live;

/**
 * One view's share of the {@link SharedDemo}: taken at most once however often the view goes back
 * to live mode, and given back at most once. UI thread only.
 */
public final class DemoShare {

    private DemoWorkload demo;

    /** The running demo; the first call takes this view's share. */
    public DemoWorkload take() {
        if (demo == null) {
            demo = SharedDemo.acquire();
        }
        return demo;
    }

    /** Gives the share back, if this view holds it. */
    public void giveBack() {
        if (demo != null) {
            demo = null;
            SharedDemo.release();
        }
    }
}
