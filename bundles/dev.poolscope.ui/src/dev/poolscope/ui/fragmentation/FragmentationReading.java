package dev.poolscope.ui.fragmentation;

import dev.poolscope.analysis.failure.FailedAlloc;
import dev.poolscope.model.fragmentation.PoolBits;
import dev.poolscope.model.holders.Holder;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * What the Fragmentation view shows at one moment: the live pool now or a trace at an event, the
 * pool's bitmaps, the chunk chosen (empty: the whole pool), the units of the last request (the default request size), a failed allocation at this
 * moment with why it failed, and the bytes lost to rounding when the live requests are known.
 *
 * @param heading       where and when, in words ("Chunk 1 of 3 … · event 12 of 40")
 * @param holders       who held the pool at a trace's failed allocation (empty otherwise)
 */
public record FragmentationReading(String heading, boolean live, PoolBits bits, OptionalInt chunk, OptionalLong lastUnits,
        Optional<FailedAlloc> failure, OptionalLong internalBytes, List<Holder> holders) {

    public FragmentationReading {
        holders = List.copyOf(holders);
    }
}
