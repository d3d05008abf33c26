package dev.poolscope.core;

/**
 * A free the kernel would stop on with BUG(): the address is in no chunk, the range crosses the
 * chunk's end, or some of its bits were not allocated. The pool is left as it was before the call.
 */
public final class InvalidFreeException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final long address;
    private final long size;

    InvalidFreeException(long address, long size, String problem) {
        super(String.format("free(0x%x, %d): %s", address, size, problem));
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
