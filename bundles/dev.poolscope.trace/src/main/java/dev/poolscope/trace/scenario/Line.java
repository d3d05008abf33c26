package dev.poolscope.trace.scenario;

import java.util.function.Supplier;

/**
 * One line of a scenario file that is not blank and not a comment: its file, its number from 1,
 * and its text without the indentation and the space at its end.
 */
record Line(String source, int number, String text) {

    /** The error of this line. */
    ScenarioFormatException error(String problem) {
        return new ScenarioFormatException(source, number, problem);
    }

    /** Runs {@code rule}, its IllegalArgumentException told at this line. */
    void check(Runnable rule) {
        checked(() -> {
            rule.run();
            return null;
        });
    }

    /**
     * What {@code reader} reads, its IllegalArgumentException (a record's or the core's own message)
     * told at this line.
     */
    <T> T checked(Supplier<T> reader) {
        try {
            return reader.get();
        } catch (ScenarioFormatException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw error(e.getMessage());
        }
    }
}
