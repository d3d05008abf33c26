package dev.poolscope.core;

/**
 * The result of an allocation that also asks for the chunk's owner.
 *
 * @param address the allocated address, 0 when the allocation failed
 * @param owner   the owner given when the chunk was added; null on failure or when none was given
 */
public record Allocation(long address, Object owner) {

    /** The failed allocation. */
    public static final Allocation NONE = new Allocation(0, null);

    public boolean succeeded() {
        return address != 0;
    }
}
