package dev.poolscope.model;

/**
 * Thread positions saved in primitive columns, one per slot: what an {@link EventWindow} keeps for
 * each event it holds (its thread's position before it, to undo it) without an object per event.
 * A slot holds every field of a {@link ThreadPosition} but the thread, which its event names.
 */
final class PositionColumns {

    private static final Operation[] OPERATIONS = Operation.values();
    private static final Step[] STEPS = Step.values();

    private final byte[] operations;
    private final long[] sizes;
    private final long[] addresses;
    private final int[] chunks;
    private final byte[] steps;
    private final int[] words;
    private final int[] retries;
    private final long[] operationSeqs;
    private final long[] lastSeqs;

    PositionColumns(int slots) {
        operations = new byte[slots];
        sizes = new long[slots];
        addresses = new long[slots];
        chunks = new int[slots];
        steps = new byte[slots];
        words = new int[slots];
        retries = new int[slots];
        operationSeqs = new long[slots];
        lastSeqs = new long[slots];
    }

    void set(int slot, Operation operation, long size, long address, int chunk, Step step, int word, int retryCount,
            long operationSeq, long lastSeq) {
        operations[slot] = (byte) operation.ordinal();
        sizes[slot] = size;
        addresses[slot] = address;
        chunks[slot] = chunk;
        steps[slot] = (byte) step.ordinal();
        words[slot] = word;
        retries[slot] = retryCount;
        operationSeqs[slot] = operationSeq;
        lastSeqs[slot] = lastSeq;
    }

    Operation operation(int slot) {
        return OPERATIONS[operations[slot]];
    }

    long size(int slot) {
        return sizes[slot];
    }

    long address(int slot) {
        return addresses[slot];
    }

    int chunk(int slot) {
        return chunks[slot];
    }

    Step step(int slot) {
        return STEPS[steps[slot]];
    }

    int word(int slot) {
        return words[slot];
    }

    int retries(int slot) {
        return retries[slot];
    }

    long operationSeq(int slot) {
        return operationSeqs[slot];
    }

    long lastSeq(int slot) {
        return lastSeqs[slot];
    }
}
