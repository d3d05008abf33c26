package dev.poolscope.model.explain;

/**
 * The allocation a set bit belongs to at some event: a completed allocation, units set at the start
 * of the trace (held since before it, by no thread), or the set of an allocation still in flight
 * that holds the bit half-done.
 *
 * @param thread       the allocating thread (for a half-done set: the thread setting the bits); -1 for
 *                     units set at the start
 * @param size         the bytes the allocation asked for
 * @param address      its first byte
 * @param chunk        its chunk
 * @param startBit     its first bit
 * @param nbits        its bits
 * @param allocatedSeq the write that set its last bits, or -1 for a half-done set
 * @param halfDone     true for the bits of a multi-word set not finished yet (a rollback would clear them)
 * @param rollingBack  true for half-done bits of a set that lost: a rollback is clearing them
 * @param label        the label of its alloc (e.g. its caller in the kernel), or "" when it has none
 */
public record BitOwner(int thread, long size, long address, int chunk, long startBit, long nbits, long allocatedSeq,
        boolean halfDone, boolean rollingBack, String label) {

    /** An owner without a label. */
    public BitOwner(int thread, long size, long address, int chunk, long startBit, long nbits, long allocatedSeq,
            boolean halfDone, boolean rollingBack) {
        this(thread, size, address, chunk, startBit, nbits, allocatedSeq, halfDone, rollingBack, "");
    }

    /** True for units set at the start of the trace, which no thread of it allocated. */
    public boolean heldSinceStart() {
        return thread < 0;
    }
}
