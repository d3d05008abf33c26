package dev.poolscope.model.holders;

import dev.poolscope.model.text.ByteSize;

import java.util.List;
import java.util.Locale;

/** The Pools view's table of who holds the pool, as text: a row per {@link Holder}, in its order. */
public final class HolderRows {

    public static final List<String> COLUMNS = List.of("Held by (caller)", "Held", "Asked", "Allocations", "Share");

    private HolderRows() {
    }

    /** {@code holder}'s row: its name, bytes held (units times the unit), bytes asked, allocations, share of the pool. */
    public static List<String> of(Holder holder) {
        return List.of(holder.name(), ByteSize.of(holder.bytes()), ByteSize.of(holder.requested()),
                String.format(Locale.ROOT, "%,d", holder.allocations()), HoldersText.share(holder.share()));
    }
}
