package dev.poolscope.model.holders;

import dev.poolscope.model.text.ByteSize;

import java.util.List;
import java.util.Locale;

/**
 * Who held the pool, in one line: "held then: dma_alloc+0x5 12 KiB in 30 allocations (40.0 %), T1
 * 512 B in 1 allocation (1.6 %), and 3 more holding 1 KiB (3.1 %)". The words the failure text and
 * the Pools view's rows share.
 */
public final class HoldersText {

    private HoldersText() {
    }

    /** The first {@code top} of {@code holders} (sorted as {@link Holders} sorts them), then what the rest hold. */
    public static String heldThen(List<Holder> holders, int top) {
        if (holders.isEmpty()) {
            return "held then: nothing, the pool was empty";
        }
        StringBuilder text = new StringBuilder("held then: ");
        int shown = Math.min(top, holders.size());
        for (int i = 0; i < shown; i++) {
            Holder holder = holders.get(i);
            text.append(i == 0 ? "" : ", ").append(holder.name()).append(' ').append(ByteSize.of(holder.bytes()))
                    .append(" in ").append(allocations(holder.allocations())).append(" (").append(share(holder.share()))
                    .append(')');
        }
        if (shown < holders.size()) {
            List<Holder> rest = holders.subList(shown, holders.size());
            text.append(", and ").append(rest.size()).append(" more holding ")
                    .append(ByteSize.of(rest.stream().mapToLong(Holder::bytes).sum())).append(" (")
                    .append(share(rest.stream().mapToDouble(Holder::share).sum())).append(')');
        }
        return text.toString();
    }

    /** "1 allocation", "30 allocations". */
    public static String allocations(int count) {
        return String.format(Locale.ROOT, "%,d allocation%s", count, count == 1 ? "" : "s");
    }

    /**
     * A caller's name short enough for a legend: a kernel caller "gpwork_run+0x127/0x1000[mod]" as
     * "gpwork_run+0x127" (the function's size and module dropped); any other name as it is.
     */
    public static String brief(String name) {
        int module = name.indexOf('[');
        String shorter = module > 0 && name.endsWith("]") ? name.substring(0, module) : name;
        int size = shorter.lastIndexOf("/0x");
        return size > 0 && shorter.lastIndexOf('+') >= 0 && shorter.lastIndexOf('+') < size ? shorter.substring(0, size)
                : shorter;
    }

    /** A share of the pool as the Pools view writes it: "40.0 %". */
    public static String share(double share) {
        return String.format(Locale.ROOT, "%.1f %%", 100 * share);
    }
}
