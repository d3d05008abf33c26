package dev.poolscope.trace.explore;

import dev.poolscope.core.Chunk;
import dev.poolscope.core.GenPool;
import dev.poolscope.trace.workload.OpResult;
import dev.poolscope.trace.workload.PlannedOperation;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What an execution ended with: each thread's operations with what they returned, and each
 * chunk's final bitmap and avail; or, when a thread threw, which thread and why. Two executions
 * reach the same outcome exactly when their {@link #text texts} are equal, whatever their schedules.
 *
 * @param threads per thread, one line per operation: {@code alloc 128 = 0x10000000}, {@code alloc 64 = fail},
 *                {@code free 0x10000000 (128)}
 * @param chunks  per chunk in id order: {@code avail 3968, words 00000000000000f0 0000000000000000}
 * @param failure empty, or the thread that threw and its message
 */
public record Outcome(List<List<String>> threads, List<String> chunks, String failure) {

    public Outcome {
        threads = threads.stream().map(List::copyOf).toList();
        chunks = List.copyOf(chunks);
    }

    /** The outcome of a run that ended: each thread's operations with their results, and its pool's chunks. */
    static Outcome of(List<List<OpResult>> results, GenPool pool) {
        List<List<String>> threads = new ArrayList<>();
        for (List<OpResult> operations : results) {
            threads.add(operations.stream().map(Outcome::operation).toList());
        }
        List<String> chunks = new ArrayList<>();
        for (Chunk chunk : pool.chunks()) {
            chunks.add(chunk(chunk));
        }
        return new Outcome(threads, chunks, "");
    }

    /** The outcome of a run in which a thread threw. */
    static Outcome failed(String failure) {
        return new Outcome(List.of(), List.of(), failure);
    }

    /** One line, canonical: equal for equal outcomes and different for different ones. */
    public String text() {
        if (!failure.isEmpty()) {
            return "failed: " + failure;
        }
        List<String> parts = new ArrayList<>();
        for (int t = 0; t < threads.size(); t++) {
            parts.add("T" + t + "[" + String.join("; ", threads.get(t)) + "]");
        }
        for (int c = 0; c < chunks.size(); c++) {
            parts.add("chunk " + c + "[" + chunks.get(c) + "]");
        }
        return String.join(" ", parts);
    }

    private static String operation(OpResult result) {
        PlannedOperation operation = result.operation();
        if (operation instanceof PlannedOperation.Alloc alloc) {
            return "alloc " + alloc.size() + " = " + (result.address() == 0 ? "fail" : String.format("0x%x", result.address()));
        }
        PlannedOperation.Free free = (PlannedOperation.Free) operation;
        return String.format("free 0x%x (%d)", free.address(), free.size());
    }

    private static String chunk(Chunk chunk) {
        long[] words = new long[chunk.bitmap().wordCount()];
        chunk.bitmap().copyWords(words);
        List<String> hex = new ArrayList<>();
        for (long word : words) {
            hex.add(String.format("%016x", word));
        }
        return "avail " + chunk.avail() + ", words " + hex.stream().collect(Collectors.joining(" "));
    }
}
