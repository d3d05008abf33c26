package dev.poolscope.core;

/**
 * A free the kernel would stop on with BUG(): the address is in no chunk, the range crosses the
 * chunk's end, or some of its bits were not allocated. The pool is left as it was before the call.
 */
public final class InvalidFreeException extends InvalidRangeException {

    private static final long serialVersionUID = 1L;

    InvalidFreeException(long address, long size, String problem) {
        super("free", address, size, problem);
    }
}
