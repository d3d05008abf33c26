package dev.poolscope.core;

/** A pool larger than Poolscope holds ({@link PoolLimits}); the message names the limit and the value over it. */
public final class PoolLimitException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    PoolLimitException(String message) {
        super(message);
    }
}
