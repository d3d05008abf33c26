package dev.poolscope.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** The unboxed address map answers as a HashMap does, through growth and the back-shifts of removals. */
class AddressMapTest {

    @Test
    void randomPutsAndRemovesAgreeWithAHashMap() {
        Random random = new Random(12);
        AddressMap map = new AddressMap();
        Map<Long, Integer> expected = new HashMap<>();
        for (int op = 0; op < 200_000; op++) {
            // few distinct keys, spaced as allocation addresses are, some colliding in their low bits
            long key = 0x1000_0000L + 32L * random.nextInt(3000) + (random.nextInt(8) == 0 ? -1L << 40 : 0);
            int value = random.nextInt(1 << 20);
            switch (random.nextInt(4)) {
                case 0, 1 -> {
                    map.put(key, value);
                    expected.put(key, value);
                }
                case 2 -> {
                    Integer removed = expected.remove(key);
                    assertEquals(removed == null ? -1 : removed, map.remove(key), "remove " + key);
                }
                default -> {
                    map.putIfAbsent(key, value);
                    expected.putIfAbsent(key, value);
                }
            }
            assertEquals(expected.getOrDefault(key, -1), map.get(key), "after op " + op);
        }
        for (Map.Entry<Long, Integer> entry : expected.entrySet()) {
            assertEquals(entry.getValue(), map.get(entry.getKey()));
        }
    }
}
