package dev.poolscope.model.holders;

import dev.poolscope.model.text.ByteSize;

import java.util.List;
import java.util.Locale;

/**
 * The Pools view's table of who holds the pool, as text: a row per {@link Holder}, in its order. The
 * caller goes by its short name ({@link HoldersText#brief}) and the figures read most come next, so a
 * narrow view still shows who holds how much; the hover of the Heat Grid names the caller whole.
 */
public final class HolderRows {

    public static final List<String> COLUMNS = List.of("Held by", "Held", "Share", "Allocations", "Asked");

    private HolderRows() {
    }

    /** {@code holder}'s row: its short name, bytes held (units times the unit), share of the pool, allocations, bytes asked. */
    public static List<String> of(Holder holder) {
        return List.of(HoldersText.brief(holder.name()), ByteSize.of(holder.bytes()), HoldersText.share(holder.share()),
                String.format(Locale.ROOT, "%,d", holder.allocations()), ByteSize.of(holder.requested()));
    }
}
