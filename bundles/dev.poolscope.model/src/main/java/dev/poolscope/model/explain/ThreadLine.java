package dev.poolscope.model.explain;

/**
 * Where a thread is in the pseudo-code: the line whose statement its last event carried out.
 *
 * @param thread the thread
 * @param line   the line's number in the listing
 */
public record ThreadLine(int thread, int line) {
}
