package dev.poolscope.core;

/**
 * A placement ({@link GenPool#place}) the pool cannot take: the address is in no chunk or not at a
 * unit boundary, the range runs past the chunk's last whole unit, or some of its units are already
 * allocated. The pool is left as it was before the call.
 */
public final class InvalidPlacementException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final long address;
    private final long size;

    InvalidPlacementException(long address, long size, String problem) {
        super(String.format("place(0x%x, %d): %s", address, size, problem));
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
