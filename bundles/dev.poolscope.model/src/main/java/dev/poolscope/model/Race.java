package dev.poolscope.model;

/**
 * A failed CAS and, when the model found it, the culprit: the write of another thread that changed
 * the word between this thread's read and its CAS.
 *
 * <p>The culprit is looked for first among the writes numbered before the failed CAS (the last
 * {@value WordHistory#DEPTH} writes of the word), the most recent one by another thread that left
 * the witnessed value: that is the order in which things happened. Only when there is none is it
 * looked for among the next {@value PendingRaces#WRITES} writes of the word by other threads
 * numbered after the failed CAS, the first that left the witnessed value. Such a culprit is right
 * although numbered later: the failed CAS witnessed its value, so its hardware CAS came first; the
 * recorder numbers an event when the probe is called, just after the CAS, and the culprit's thread
 * was delayed between the two (see {@link CulpritOrder#AFTER_BY_SEQ}).
 *
 * @param seq           the failed CAS event
 * @param thread        the thread whose CAS failed
 * @param chunk         the chunk of the word
 * @param word          the bitmap word
 * @param expected      the value the thread had read
 * @param witnessed     the value the CAS found instead
 * @param culpritSeq    the successful CAS or word store of another thread that left {@code witnessed}
 *                      in the word, numbered before or after {@code seq}; -1 when none was found
 * @param culpritThread that write's thread, or -1
 */
public record Race(long seq, int thread, int chunk, int word, long expected, long witnessed, long culpritSeq,
        int culpritThread) {

    public boolean culpritFound() {
        return culpritSeq >= 0;
    }

    /** Whether the culprit is numbered before or after this failed CAS, or was not found. */
    public CulpritOrder culpritOrder() {
        if (!culpritFound()) {
            return CulpritOrder.NOT_FOUND;
        }
        return culpritSeq < seq ? CulpritOrder.BEFORE : CulpritOrder.AFTER_BY_SEQ;
    }

    /** The bits that changed under the thread between its read and its CAS. */
    public long changedBits() {
        return expected ^ witnessed;
    }
}
