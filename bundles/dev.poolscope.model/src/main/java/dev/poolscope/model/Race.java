package dev.poolscope.model;

/**
 * A failed CAS and, when the model found it, the write of another thread that changed the word
 * between this thread's read and its CAS.
 *
 * @param seq           the failed CAS event
 * @param thread        the thread whose CAS failed
 * @param chunk         the chunk of the word
 * @param word          the bitmap word
 * @param expected      the value the thread had read
 * @param witnessed     the value the CAS found instead
 * @param culpritSeq    the most recent earlier successful CAS or word store on the word by another
 *                      thread that left {@code witnessed}; -1 when none was found
 * @param culpritThread that write's thread, or -1
 */
public record Race(long seq, int thread, int chunk, int word, long expected, long witnessed, long culpritSeq,
        int culpritThread) {

    public boolean culpritFound() {
        return culpritSeq >= 0;
    }

    /** The bits that changed under the thread between its read and its CAS. */
    public long changedBits() {
        return expected ^ witnessed;
    }
}
