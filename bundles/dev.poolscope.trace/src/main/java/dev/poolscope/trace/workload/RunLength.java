package dev.poolscope.trace.workload;

import java.time.Duration;
import java.util.Objects;

/** How long each thread of a workload works: a number of operations, or a time. */
public sealed interface RunLength {

    /** Each thread performs {@code perThread} operations (alloc or free calls). */
    record Ops(long perThread) implements RunLength {

        public Ops {
            if (perThread < 1) {
                throw new IllegalArgumentException("ops must be at least 1, got " + perThread);
            }
        }
    }

    /** Each thread works until {@code duration} has passed (real threads only). */
    record Timed(Duration duration) implements RunLength {

        public Timed {
            Objects.requireNonNull(duration, "duration");
            if (duration.isNegative() || duration.isZero()) {
                throw new IllegalArgumentException("a duration must be positive, got " + duration);
            }
        }
    }
}
