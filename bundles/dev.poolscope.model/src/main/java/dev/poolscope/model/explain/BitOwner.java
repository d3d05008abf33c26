package dev.poolscope.model.explain;

/**
 * The allocation a set bit belongs to at some event: a completed allocation, or the set of an
 * allocation still in flight that holds the bit half-done.
 *
 * @param thread       the allocating thread (for a half-done set: the thread setting the bits)
 * @param size         the bytes the allocation asked for
 * @param address      its first byte
 * @param chunk        its chunk
 * @param startBit     its first bit
 * @param nbits        its bits
 * @param allocatedSeq the write that set its last bits, or -1 for a half-done set
 * @param halfDone     true for the bits of a multi-word set not finished yet (a rollback would clear them)
 * @param rollingBack  true for half-done bits of a set that lost: a rollback is clearing them
 */
public record BitOwner(int thread, long size, long address, int chunk, long startBit, long nbits, long allocatedSeq,
        boolean halfDone, boolean rollingBack) {
}
