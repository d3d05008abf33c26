package dev.poolscope.trace.sched;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * An explicit schedule as text: the thread of each step, comma-separated, a run of steps of one
 * thread written {@code T*N}; e.g. {@code 0*7,1*8,0} is seven steps of T0, eight of T1, one of T0.
 * What the exploration's outcome table prints and {@code record --schedule} reads.
 */
public final class StepListText {

    private StepListText() {
    }

    /** The steps, runs of one thread folded. */
    public static String format(List<Integer> steps) {
        List<String> runs = new ArrayList<>();
        for (int i = 0; i < steps.size(); ) {
            int j = i;
            while (j < steps.size() && steps.get(j).equals(steps.get(i))) {
                j++;
            }
            runs.add(j - i == 1 ? String.valueOf(steps.get(i)) : steps.get(i) + "*" + (j - i));
            i = j;
        }
        return String.join(",", runs);
    }

    /**
     * @throws IllegalArgumentException naming the item (by its position, from 1) that is not
     *                                  {@code T} or {@code T*N} with T from 0 and N from 1
     */
    public static List<Integer> parse(String text) {
        List<Integer> steps = new ArrayList<>();
        String[] items = text.trim().split(",", -1);
        for (int i = 0; i < items.length; i++) {
            String item = items[i].trim();
            int star = item.indexOf('*');
            int thread = number(item, star < 0 ? item : item.substring(0, star), i, 0);
            int count = star < 0 ? 1 : number(item, item.substring(star + 1), i, 1);
            steps.addAll(Collections.nCopies(count, thread));
        }
        return steps;
    }

    private static int number(String item, String digits, int position, int least) {
        int value;
        try {
            value = Integer.parseInt(digits.trim());
        } catch (NumberFormatException e) {
            value = -1;
        }
        if (value < least) {
            throw new IllegalArgumentException(String.format(
                    "schedule item %d '%s' is not a thread number or THREAD*STEPS (e.g. 0*7,1*8,0)", position + 1, item));
        }
        return value;
    }
}
