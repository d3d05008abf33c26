package dev.poolscope.ui.views;

import dev.poolscope.ui.session.TraceChoice;

/** What a view shows of a branch open beside its parent. */
enum PairShown {
    /** The two traces' bitmaps next to each other (the Heat Grid only). */
    SIDE_BY_SIDE("Side by side", "Show the branch and its parent next to each other"),
    /** The branch alone. */
    BRANCH("Branch", "Show the branch"),
    /** The parent alone. */
    PARENT("Parent", "Show the parent the branch was made from"),
    /** The bits that differ between the two (the Heat Grid only). */
    DIFF("Diff", "Show only the bits that differ between the branch and its parent");

    private final String label;
    private final String tooltip;

    PairShown(String label, String tooltip) {
        this.label = label;
        this.tooltip = tooltip;
    }

    String label() {
        return label;
    }

    String tooltip() {
        return tooltip;
    }

    /** The trace the view follows: the parent when it shows the parent alone, else the branch. */
    TraceChoice trace() {
        return this == PARENT ? TraceChoice.PARENT : TraceChoice.OPENED;
    }
}
