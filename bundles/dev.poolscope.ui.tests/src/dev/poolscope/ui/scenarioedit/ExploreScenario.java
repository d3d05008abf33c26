package dev.poolscope.ui.scenarioedit;

/** A scenario meant for exploration, the format document's smallest file: every required entry, once. */
final class ExploreScenario {

    static final String NAME = "two-allocs";

    static final String TEXT = """
            name: two-allocs
            title: Two threads allocate from one chunk
            explanation: Every interleaving of two 128-byte allocations.
            pool:
                order 5
                chunk 0x10000000 4KiB
                algorithm first_fit
                variant mainline
            thread 0:
                alloc 128
            thread 1:
                alloc 128
            schedule: explore
            interesting: first RETRY
            """;

    private ExploreScenario() {
    }
}
