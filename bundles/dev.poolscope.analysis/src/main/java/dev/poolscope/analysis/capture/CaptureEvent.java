package dev.poolscope.analysis.capture;

import java.util.List;

/** A probed gen_pool call that returned, one kind per entry point (CAPTURE-FORMAT.md, "Event lines"). */
public sealed interface CaptureEvent extends CaptureRecord {

    EventTiming timing();

    /** The pool the call worked on; for a create, the pool it made ({@code 0} when it failed). */
    long pool();

    @Override
    default long seq() {
        return timing().seq();
    }

    @Override
    default long line() {
        return timing().line();
    }

    /** {@code gen_pool_create(order, nid)}, which returned {@code pool}. */
    record Create(EventTiming timing, int order, int nid, long pool) implements CaptureEvent {
    }

    /** {@code gen_pool_add_owner}: {@code ret} is 0 or a negative errno (then no chunk was added). */
    record Add(EventTiming timing, long pool, long virt, long phys, long size, int nid, int ret) implements CaptureEvent {
    }

    /**
     * {@code gen_pool_alloc_algo_owner}: {@code address} is the result, 0 when the allocation failed.
     *
     * @param stack return addresses from the caller outward; empty when the module keeps none
     */
    record Alloc(EventTiming timing, long pool, long size, CapturedAlgo algo, long address, String caller,
            List<String> stack) implements CaptureEvent {

        public Alloc {
            stack = List.copyOf(stack);
        }
    }

    /** {@code gen_pool_free_owner}. */
    record Free(EventTiming timing, long pool, long address, long size, String caller, List<String> stack)
            implements CaptureEvent {

        public Free {
            stack = List.copyOf(stack);
        }
    }

    /** {@code gen_pool_set_algo}: the algorithm later allocations of the pool run when they name none. */
    record SetAlgo(EventTiming timing, long pool, CapturedAlgo algo) implements CaptureEvent {
    }

    /** {@code gen_pool_destroy}. */
    record Destroy(EventTiming timing, long pool) implements CaptureEvent {
    }
}
