package dev.poolscope.model;

/**
 * An allocation of a trace and the events between which it held its bits: from the write that set
 * its last bits to the end of the free that released it.
 *
 * @param thread   the allocating thread
 * @param size     the bytes it asked for
 * @param chunk    its chunk
 * @param startBit its first bit
 * @param nbits    its bits
 * @param address  its first byte
 * @param setSeq   the write (successful CAS or word store) that set its last bits: the event it was allocated at
 * @param freeSeq  the FREE_END of the free that released it, or -1 when the trace never frees it
 */
public record AllocationSpan(int thread, long size, int chunk, long startBit, long nbits, long address, long setSeq,
        long freeSeq) {

    /** True when it holds its bits after event {@code seq}. */
    public boolean liveAt(long seq) {
        return setSeq <= seq && (freeSeq < 0 || seq < freeSeq);
    }
}
