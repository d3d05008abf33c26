package dev.poolscope.ui.heatgrid;

import dev.poolscope.model.ReplayModel;
import dev.poolscope.model.explain.BitOwner;
import dev.poolscope.model.holders.CallerRanking;
import dev.poolscope.model.holders.Holders;
import dev.poolscope.model.holders.HoldersText;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Trace mode's colours by caller: a fixed hue for each of the trace's top callers (ranked over the
 * whole trace by {@link CallerRanking}, so a caller keeps its colour while the user steps), one
 * colour for every other caller, and the start state's units in the neutral grey of bits no thread
 * of the trace set. A caller is a holder as {@link Holders} names them (an unlabelled allocation's
 * is its thread).
 */
final class CallerColours {

    /** Cool, light hues told apart on the dark ground, clear of the marks' yellow, red and white and the extents' magenta. */
    private static final int[] HUES = {0x5cc8ff, 0x7ee081, 0xb794f6, 0x4dd0c4, 0xa8d86e, 0xf2a7c8};
    /** Every caller past the top ones: a muted tan, no top caller's hue. */
    static final int OTHER = 0xb08f6a;
    /** The start state: the grey of set bits whose allocating thread the trace does not show. */
    static final int BEFORE = Palette.UNKNOWN_OWNER;

    private final List<String> top;
    private final Map<String, Integer> slots = new HashMap<>();
    private final boolean others;
    private final boolean startState;

    private CallerColours(List<String> ranked, boolean startState) {
        this.top = List.copyOf(ranked.subList(0, Math.min(HUES.length, ranked.size())));
        for (int slot = 0; slot < top.size(); slot++) {
            slots.put(top.get(slot), slot);
        }
        this.others = ranked.size() > top.size();
        this.startState = startState;
    }

    /** The colours of {@code model}'s callers. */
    static CallerColours of(ReplayModel model) {
        return new CallerColours(CallerRanking.overTrace(model.header(), model.allocations()),
                model.header().start().units() > 0);
    }

    /** How many slots {@link #slot} puts owners in. */
    int slots() {
        return HUES.length + 2;
    }

    /** The slot of {@code owner}: its caller's rank among the top ones, then "other callers", then the start state. */
    int slot(BitOwner owner) {
        String name = Holders.nameOf(owner);
        if (name.equals(Holders.BEFORE_THE_TRACE)) {
            return HUES.length + 1;
        }
        return slots.getOrDefault(name, HUES.length);
    }

    /** The colour of slot {@code slot}. */
    int rgb(int slot) {
        return slot < HUES.length ? HUES[slot] : slot == HUES.length ? OTHER : BEFORE;
    }

    /** The legend's caller entries: each top caller (its short name), then other callers and the start state (when there are any). */
    List<CellArt.LegendEntry> legend() {
        List<CellArt.LegendEntry> entries = new ArrayList<>();
        for (int slot = 0; slot < top.size(); slot++) {
            entries.add(new CellArt.LegendEntry(HUES[slot], HoldersText.brief(top.get(slot))));
        }
        if (others) {
            entries.add(new CellArt.LegendEntry(OTHER, "other callers"));
        }
        if (startState) {
            entries.add(new CellArt.LegendEntry(BEFORE, Holders.BEFORE_THE_TRACE));
        }
        return entries;
    }
}
