package dev.poolscope.model;

/**
 * An allocation of a trace and the events between which it held its bits: from the write that set
 * its last bits to the end of the free that released it. A run of the start state is one too, held
 * "since before the trace": by no thread (-1), with no set event (-1), its size its units' bytes.
 *
 * @param thread   the allocating thread, or -1 for units set at the start
 * @param size     the bytes it asked for (for the start state: the run's bytes)
 * @param chunk    its chunk
 * @param startBit its first bit
 * @param nbits    its bits
 * @param address  its first byte
 * @param setSeq   the write (successful CAS or word store) that set its last bits: the event it was
 *                 allocated at; -1 for the start state, or for what was left of a start-state run
 *                 when part of it was freed, the event that freed the part
 * @param freeSeq  the FREE_END of the free that released it, or -1 when the trace never frees it
 * @param label    the label (index into the header's table) of the LABEL event inside its alloc, or -1
 */
public record AllocationSpan(int thread, long size, int chunk, long startBit, long nbits, long address, long setSeq,
        long freeSeq, int label) {

    /** A span without a label. */
    public AllocationSpan(int thread, long size, int chunk, long startBit, long nbits, long address, long setSeq,
            long freeSeq) {
        this(thread, size, chunk, startBit, nbits, address, setSeq, freeSeq, -1);
    }

    /** True for units set at the start of the trace: held since before it, by no thread of it. */
    public boolean heldSinceStart() {
        return thread < 0;
    }

    /** True when it holds its bits after event {@code seq}. */
    public boolean liveAt(long seq) {
        return setSeq <= seq && (freeSeq < 0 || seq < freeSeq);
    }
}
