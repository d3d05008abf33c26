package dev.poolscope.core;

/**
 * An operation on a range of a pool's addresses that the pool cannot take, naming the call, its
 * address and size, and the problem. The pool is left as it was before the call.
 */
public abstract class InvalidRangeException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final long address;
    private final long size;

    /** @param call the operation as the message names it: {@code free}, {@code place} */
    InvalidRangeException(String call, long address, long size, String problem) {
        super(String.format("%s(0x%x, %d): %s", call, address, size, problem));
        this.address = address;
        this.size = size;
    }

    public long address() {
        return address;
    }

    public long size() {
        return size;
    }
}
