package dev.poolscope.model.explain;

/**
 * One line of a pseudo-code listing.
 *
 * @param number    the line's number from 1, or 0 for a function's heading
 * @param text      the code, indented with spaces
 * @param statement the statement the line stands for, or null
 */
public record CodeLine(int number, String text, Statement statement) {

    public boolean isHeading() {
        return number == 0;
    }
}
