package dev.poolscope.core;

/**
 * A placement ({@link GenPool#place}) the pool cannot take: the address is in no chunk or not at a
 * unit boundary, the range runs past the chunk's last whole unit, or some of its units are already
 * allocated. The pool is left as it was before the call.
 */
public final class InvalidPlacementException extends InvalidRangeException {

    private static final long serialVersionUID = 1L;

    InvalidPlacementException(long address, long size, String problem) {
        super("place", address, size, problem);
    }
}
