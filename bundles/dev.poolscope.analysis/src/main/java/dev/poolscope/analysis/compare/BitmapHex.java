package dev.poolscope.analysis.compare;

import java.util.ArrayList;
import java.util.List;

/**
 * A bitmap as text anyone can check against another implementation: one word per line, 16 lowercase
 * hex digits, word 0 first; bit i is bit i%64 of word i/64.
 */
public final class BitmapHex {

    private BitmapHex() {
    }

    /** The lines, without line ends. */
    public static List<String> lines(long[] words) {
        List<String> lines = new ArrayList<>(words.length);
        for (long word : words) {
            lines.add(String.format("%016x", word));
        }
        return lines;
    }
}
