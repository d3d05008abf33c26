package dev.poolscope.core;

/** The two ways a bitmap word changes: setting bits that must all be clear, clearing bits that must all be set. */
enum BitChange {

    SET {
        @Override
        boolean conflicts(long word, long mask) {
            return (word & mask) != 0;
        }

        @Override
        long apply(long word, long mask) {
            return word | mask;
        }
    },

    CLEAR {
        @Override
        boolean conflicts(long word, long mask) {
            return (word & mask) != mask;
        }

        @Override
        long apply(long word, long mask) {
            return word & ~mask;
        }
    };

    /** True when some bit of {@code mask} is already in the target state, so the change must fail. */
    abstract boolean conflicts(long word, long mask);

    /** The word with the bits of {@code mask} changed. */
    abstract long apply(long word, long mask);
}
