package dev.poolscope.analysis.compare;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One pool of an oracle vector file as an allocation log: its chunks, the algorithm its first alloc
 * ran under, and its alloc/free lines up to the first change of algorithm after an alloc (a log
 * replays under one algorithm; what follows a change depends on a state no log can start from). Each
 * alloc gets the next id and the kernel's address; each free names the live alloc at its address.
 */
final class OraclePool {

    final int order;
    /** Per chunk in order of addition: start, size in bytes. */
    final List<long[]> chunks = new ArrayList<>();
    /** The first alloc's {@code algo} line, without "algo ". */
    String algorithm = "first_fit";
    /** The kernel's address per id (index id - 1); 0 for a failed alloc. */
    final List<Long> expected = new ArrayList<>();
    /** The bytes asked per id (index id - 1). */
    final List<Long> sizes = new ArrayList<>();
    /** Ids live at the end of the log. */
    final Map<Long, Integer> liveByAddress = new HashMap<>();
    final StringBuilder rows = new StringBuilder("op,size,id\n");
    /** Why the pool is not checked, or null. */
    String skipped;
    /** True once an algorithm change after an alloc ended the log. */
    boolean cut;

    OraclePool(int order) {
        this.order = order;
    }

    /** Takes one line of the pool's part of the file. */
    void line(String line) {
        String[] tokens = line.split(" ");
        if (cut || skipped != null) {
            return;
        }
        switch (tokens[0]) {
            case "add" -> add(tokens);
            case "algo" -> algo(line.substring("algo ".length()));
            case "alloc" -> alloc(Long.parseLong(tokens[1]), Long.parseUnsignedLong(tokens[3].substring(2), 16));
            case "free" -> free(Long.parseUnsignedLong(tokens[1].substring(2), 16));
            // owners are not in the log format: a pool that uses them is not a log's
            case "alloc_owner", "free_owner" -> skipped = "uses owners, which an allocation log does not have";
            default -> {
                // avail, size, has_addr, virt_to_phys, destroy: no operation of a log
            }
        }
    }

    private void add(String[] tokens) {
        if (tokens.length > 4) {
            skipped = "a chunk with an owner, which an allocation log does not have";
            return;
        }
        chunks.add(new long[] {Long.parseUnsignedLong(tokens[1].substring("virt=0x".length()), 16),
                Long.parseLong(tokens[3].substring("size=".length()))});
    }

    private void algo(String text) {
        if (expected.isEmpty()) {
            algorithm = text;
        } else if (!text.equals(algorithm)) {
            cut = true;
        }
    }

    private void alloc(long size, long address) {
        expected.add(address);
        sizes.add(size);
        rows.append("alloc,").append(size).append(',').append(expected.size()).append('\n');
        if (address != 0) {
            liveByAddress.put(address, expected.size());
        }
    }

    private void free(long address) {
        rows.append("free,,").append(liveByAddress.remove(address)).append('\n');
    }

    /** The contender that runs {@link #algorithm}: "first_fit_align align=64" is first-fit-align:64. */
    String contender() {
        String[] parts = algorithm.split(" ");
        String parameter = parts.length > 1 ? ":" + parts[1].substring(parts[1].indexOf('=') + 1) : "";
        return switch (parts[0]) {
            case "first_fit" -> "first-fit";
            case "first_fit_align" -> "first-fit-align" + parameter;
            case "fixed" -> "fixed" + parameter;
            case "first_fit_order_align" -> "order-align";
            case "best_fit" -> "best-fit";
            default -> throw new IllegalArgumentException("unknown algorithm in the vector file: " + algorithm);
        };
    }

    /** "order=5 chunks=71143@0x10c000000,...": the pool in the --pool syntax. */
    String poolText() {
        List<String> parts = new ArrayList<>();
        for (long[] chunk : chunks) {
            parts.add(chunk[1] + "@0x" + Long.toHexString(chunk[0]));
        }
        return "order=" + order + " chunks=" + String.join(",", parts);
    }
}
