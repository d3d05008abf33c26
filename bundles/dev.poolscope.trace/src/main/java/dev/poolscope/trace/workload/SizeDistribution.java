package dev.poolscope.trace.workload;

import java.util.List;
import java.util.SplittableRandom;

/** How big a workload's allocation requests are, in bytes. */
public sealed interface SizeDistribution {

    /** A request size drawn from {@code random}. */
    long sample(SplittableRandom random);

    /** Every size from {@code min} to {@code max} (inclusive) equally likely. */
    record Uniform(long min, long max) implements SizeDistribution {

        public Uniform {
            if (min < 1 || max < min) {
                throw new IllegalArgumentException("a uniform size range needs 1 <= min <= max, got " + min + ".." + max);
            }
        }

        @Override
        public long sample(SplittableRandom random) {
            return random.nextLong(min, max + 1);
        }
    }

    /** Every power of two from {@code min} to {@code max} (both powers of two) equally likely. */
    record PowersOfTwo(long min, long max) implements SizeDistribution {

        public PowersOfTwo {
            if (min < 1 || max < min || Long.bitCount(min) != 1 || Long.bitCount(max) != 1) {
                throw new IllegalArgumentException(
                        "a power-of-two mix needs powers of two min <= max, got " + min + ".." + max);
            }
        }

        @Override
        public long sample(SplittableRandom random) {
            int low = Long.numberOfTrailingZeros(min);
            return 1L << random.nextInt(low, Long.numberOfTrailingZeros(max) + 1);
        }
    }

    /** A size drawn with probability proportional to its weight. */
    record WeightedSize(long size, long weight) {

        public WeightedSize {
            if (size < 1 || weight < 1) {
                throw new IllegalArgumentException("a weighted size needs size >= 1 and weight >= 1, got "
                        + size + "*" + weight);
            }
        }
    }

    /** A list of sizes with weights. */
    record Weighted(List<WeightedSize> sizes) implements SizeDistribution {

        public Weighted {
            sizes = List.copyOf(sizes);
            if (sizes.isEmpty()) {
                throw new IllegalArgumentException("a weighted size list needs at least one size");
            }
            long total = 0;
            for (WeightedSize size : sizes) {
                total = Math.addExact(total, size.weight());
            }
        }

        @Override
        public long sample(SplittableRandom random) {
            long total = 0;
            for (WeightedSize size : sizes) {
                total += size.weight();
            }
            long ticket = random.nextLong(total);
            int index = 0;
            while (ticket >= sizes.get(index).weight()) {
                ticket -= sizes.get(index).weight();
                index++;
            }
            return sizes.get(index).size();
        }
    }
}
