package dev.poolscope.model;

/**
 * One thread's place in its operation at some event.
 *
 * @param thread        the logical thread
 * @param operation     the alloc or free the thread is in, or last finished; NONE before its first
 * @param size          the operation's size in bytes
 * @param address       for a free, the address freed; for an alloc, the address its latest search
 *                      found (it changes on a retry) and the result once it is done; 0 when not known
 *                      yet or when the alloc failed
 * @param chunk         the chunk the thread works in, or -1 before it reaches one
 * @param step          the step of the thread's last event
 * @param word          the bitmap word the step reads or changes (for a rollback, the word the set
 *                      lost on until the clearing starts), or -1
 * @param retries       retries of this operation so far
 * @param operationSeq  the sequence number of the operation's begin event, or -1
 * @param lastSeq       the thread's last event at or before the state's event, or -1
 */
public record ThreadPosition(int thread, Operation operation, long size, long address, int chunk, Step step,
        int word, int retries, long operationSeq, long lastSeq) {

    /** A thread that has done nothing yet. */
    static ThreadPosition idle(int thread) {
        return new ThreadPosition(thread, Operation.NONE, 0, 0, -1, Step.IDLE, -1, 0, -1, -1);
    }
}
