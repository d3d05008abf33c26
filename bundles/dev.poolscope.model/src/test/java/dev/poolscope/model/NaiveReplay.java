package dev.poolscope.model;

import dev.poolscope.trace.ChunkGeometry;
import dev.poolscope.trace.Event;
import dev.poolscope.trace.EventKind;
import dev.poolscope.trace.TraceHeader;

/** The simplest replay there is, for comparison: every bitmap word and avail, one event at a time from the start. */
final class NaiveReplay {

    final long[][] words;
    final long[] avail;

    NaiveReplay(TraceHeader header) {
        words = new long[header.chunks().size()][];
        avail = new long[header.chunks().size()];
        for (ChunkGeometry chunk : header.chunks()) {
            long bits = chunk.size() >>> header.minAllocOrder();
            words[chunk.id()] = new long[(int) ((bits + 63) / 64)];
            avail[chunk.id()] = chunk.size();
        }
    }

    void apply(Event event) {
        if (event.casSucceeded()) {
            words[event.chunk()][(int) event.p0()] ^= event.p1() ^ event.p2();
        } else if (event.kind() == EventKind.WORD_STORE) {
            words[event.chunk()][(int) event.p0()] ^= event.p1() ^ event.p2();
        } else if (event.kind() == EventKind.AVAIL_CHANGE) {
            avail[event.chunk()] += event.p0();
        }
    }
}
