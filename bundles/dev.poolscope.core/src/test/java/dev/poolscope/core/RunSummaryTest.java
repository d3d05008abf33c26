package dev.poolscope.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

/** The summary's protocol, step by step: what lets a search skip a group, and what forbids it. */
class RunSummaryTest {

    /** 64 words in groups of 4: group g is words 4g..4g+3, bits 256g..256g+255. */
    private final RunSummary summary = RunSummary.of(64);
    private final Bitmap map = new Bitmap(64 * 64, summary);

    @Test
    void groupsAreAboutASixteenthOfTheMapAndAtMost64Words() {
        assertEquals(0, RunSummary.of(1).groupShift());
        assertEquals(0, RunSummary.of(31).groupShift());
        assertEquals(1, RunSummary.of(32).groupShift());
        assertEquals(2, RunSummary.of(64).groupShift());
        assertEquals(6, RunSummary.of(2048).groupShift());
        assertEquals(6, RunSummary.of(1 << 20).groupShift());
    }

    @Test
    void aSearchThatPassesAGroupLowersItsBoundToTheWordsItRead() {
        long[] words = new long[64];
        Arrays.fill(words, -1L);
        words[1] = ~(0x1FL << 8); // group 0: one run of 5 clear bits
        words[9] = 0; // group 2: a whole clear word, a run of 64
        map.restore(words);
        assertEquals(9 * 64L, map.nextClearArea(0, 20, 0, 0), "the first run of 20 is in word 9");
        long group0 = bound(0);
        assertTrue(group0 >= 5 && group0 < 20, "group 0's bound is its run of 5, at most the request less one: " + group0);
        assertEquals(RunSummary.UNKNOWN, bound(2), "the group with the fit was not passed, so not bounded");
        assertEquals(0, bound(1), "a full group has no run");
        assertEquals(1 * 64 + 8, map.nextClearArea(0, 5, 0, 0), "a request the bound allows still reads the group");
    }

    @Test
    void aClearInProgressForbidsSkippingAndTightening() {
        summary.tighten(1, summary.read(1), 3);
        long tight = summary.read(1);
        assertFalse(RunSummary.mayHold(tight, 4), "bound 3 skips a request of 4");
        assertTrue(RunSummary.mayHold(tight, 3));
        summary.beginClear(256 + 10, 300); // groups 1 and 2
        long during = summary.read(1);
        assertTrue(RunSummary.mayHold(during, 4000), "a clear in progress: every request reads the group");
        summary.tighten(1, during, 0);
        assertEquals(during, summary.read(1), "no bound is taken from words read while a clear is in progress");
        summary.endClear(map, 256 + 10, 300);
        assertEquals(256, bound(1), "the map is clear: group 1's run is the whole group");
        assertEquals(RunSummary.UNKNOWN, bound(2), "an unknown bound stays unknown");
        assertTrue(RunSummary.mayHold(summary.read(1), 256));
    }

    @Test
    void aClearsEndRaisesTheBoundToTheRunItJoined() {
        long[] words = new long[64];
        Arrays.fill(words, -1L);
        words[4] = ~(0xFL << 60); // group 1: a run of 8 from the top 4 bits of word 4 ...
        words[5] = ~0xFL; // ... to the bottom 4 of word 5
        words[6] = ~(0x3L << 10); // and a run of 2 elsewhere
        map.restore(words);
        map.nextClearArea(0, 100, 0, 0); // passes every group, so bounds them all
        assertEquals(8, bound(1));
        map.changeRange(null, 5 * 64 + 4, 56, BitChange.CLEAR, false, Probe.NONE); // the run grows to 8 + 56
        assertEquals(64, bound(1), "the freed bits joined the run before them");
        assertEquals(0, bound(0), "a group the clear did not touch keeps its bound");
        map.changeRange(null, 6 * 64 + 20, 3, BitChange.CLEAR, false, Probe.NONE);
        assertEquals(64, bound(1), "a shorter run made elsewhere leaves the longest one's bound");
    }

    @Test
    void aClearThatOverlapsAnotherForgetsTheBound() {
        long[] words = new long[64];
        Arrays.fill(words, -1L);
        map.restore(words);
        map.nextClearArea(0, 100, 0, 0);
        assertEquals(0, bound(1));
        summary.beginClear(4 * 64, 8); // another thread's clear of bits next to ours, still in progress
        map.changeRange(null, 4 * 64 + 8, 8, BitChange.CLEAR, false, Probe.NONE);
        assertEquals(RunSummary.UNKNOWN, bound(1), "the other clear's bits may join ours: no bound is known");
        summary.endClear(map, 4 * 64, 8);
        assertEquals(RunSummary.UNKNOWN, bound(1));
    }

    @Test
    void aBoundFromWordsReadBeforeAClearIsRefused() {
        long seenBefore = summary.read(0);
        summary.beginClear(0, 1);
        summary.endClear(map, 0, 1);
        summary.tighten(0, seenBefore, 2);
        assertEquals(RunSummary.UNKNOWN, bound(0), "the long changed since it was read: the old words' bound is refused");
        summary.tighten(0, summary.read(0), 2);
        assertEquals(2, bound(0));
        summary.tighten(0, summary.read(0), 7);
        assertEquals(2, bound(0), "a bound is only ever lowered by a search");
    }

    @Test
    void aFreeInASkippedGroupIsFoundByTheNextSearch() {
        long[] words = new long[64];
        Arrays.fill(words, -1L);
        map.restore(words);
        assertEquals(64 * 64 + 30, map.nextClearArea(0, 30, 0, 0), "nothing fits: the failure value");
        assertEquals(0, bound(3));
        map.changeRange(null, 3 * 256 + 100, 30, BitChange.CLEAR, false, Probe.NONE);
        assertEquals(3 * 256 + 100, map.nextClearArea(0, 30, 0, 0));
    }

    private long bound(int group) {
        return summary.read(group) & 0xFFFF;
    }
}
