package dev.poolscope.model;

import java.util.Arrays;

/**
 * A map from address (any long) to allocation number (a non-negative int), without boxing: open
 * addressing with linear probing in two parallel arrays, doubled at half full, deletion by shifting
 * the following entries back, so no tombstones build up. The model's builder looks up an address at
 * every alloc and free, millions of times in a large trace, where a {@code HashMap<Long, Integer>}
 * cost an object per entry and per lookup.
 */
final class AddressMap {

    private static final int ABSENT = -1;

    private long[] keys = new long[16];
    private int[] values = emptyValues(16);
    /** 64 less the log2 of the capacity: the top bits of a hash choose the home slot. */
    private int shift = 64 - 4;
    private int size;

    /** The value of {@code key}, or -1 when it has none. */
    int get(long key) {
        return values[find(key)];
    }

    /** Maps {@code key} to {@code value} (non-negative), replacing any value it had. */
    void put(long key, int value) {
        int slot = find(key);
        if (values[slot] == ABSENT) {
            keys[slot] = key;
            size++;
        }
        values[slot] = value;
        if (size * 2 > keys.length) {
            grow();
        }
    }

    /** Maps {@code key} to {@code value} when it has no value yet. */
    void putIfAbsent(long key, int value) {
        if (get(key) == ABSENT) {
            put(key, value);
        }
    }

    /** Takes {@code key}'s value out: the value, or -1 when it had none. */
    int remove(long key) {
        int slot = find(key);
        int removed = values[slot];
        if (removed != ABSENT) {
            values[slot] = ABSENT;
            size--;
            shiftBackAfter(slot);
        }
        return removed;
    }

    /** The slot holding {@code key}, or the empty slot where it would go. */
    private int find(long key) {
        int mask = keys.length - 1;
        int slot = home(key);
        while (values[slot] != ABSENT && keys[slot] != key) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    /** Refills the hole at {@code hole} from the run after it, so that every key stays reachable from its home slot. */
    private void shiftBackAfter(int hole) {
        int mask = keys.length - 1;
        int slot = (hole + 1) & mask;
        while (values[slot] != ABSENT) {
            int home = home(keys[slot]);
            // the entry may move to the hole when its home is not in (hole, slot], cyclically
            if (((slot - home) & mask) >= ((slot - hole) & mask)) {
                keys[hole] = keys[slot];
                values[hole] = values[slot];
                values[slot] = ABSENT;
                hole = slot;
            }
            slot = (slot + 1) & mask;
        }
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = emptyValues(keys.length);
        shift--;
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldValues[i] != ABSENT) {
                put(oldKeys[i], oldValues[i]);
            }
        }
    }

    /** Fibonacci hashing: the product's top bits depend on every bit of the key (addresses differ in their middle bits). */
    private int home(long key) {
        return (int) ((key * 0x9E3779B97F4A7C15L) >>> shift);
    }

    private static int[] emptyValues(int length) {
        int[] empty = new int[length];
        Arrays.fill(empty, ABSENT);
        return empty;
    }
}
