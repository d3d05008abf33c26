package dev.poolscope.cli;

import dev.poolscope.analysis.TraceContention;
import dev.poolscope.analysis.TraceContention.ThreadContention;
import dev.poolscope.analysis.TraceContention.WordContention;

import java.io.PrintWriter;
import java.util.Locale;

/** A trace's contention as {@code metrics} prints it: a row per thread and for all, then the hottest words. */
final class ContentionPrinter {

    /** How many of the hottest words are named. */
    static final int HOTTEST = 5;

    private final PrintWriter out;

    ContentionPrinter(PrintWriter out) {
        this.out = out;
    }

    void text(TraceContention contention, long lastSeq) {
        out.printf(Locale.ROOT, "contention up to event %d%n", lastSeq);
        out.printf(Locale.ROOT, "  %-8s %12s %12s %9s %10s %10s %14s%n", "thread", "CAS", "CAS failed", "ratio",
                "rollbacks", "retries", "retries/alloc");
        for (ThreadContention thread : contention.threads()) {
            row("T" + thread.thread(), thread);
        }
        row("all", contention.total());
        if (contention.words().isEmpty()) {
            out.println("  hottest words: none (no CAS)");
            return;
        }
        out.println("  hottest words (most failed CASes first):");
        for (WordContention word : contention.hottestWords(HOTTEST)) {
            out.printf(Locale.ROOT, "    chunk %d word %d: %,d CAS, %,d failed (%.4f)%n", word.chunk(), word.word(),
                    word.casAttempts(), word.casFailures(), word.failureRatio());
        }
    }

    private void row(String name, ThreadContention counts) {
        out.printf(Locale.ROOT, "  %-8s %,12d %,12d %9.4f %,10d %,10d %14.4f%n", name, counts.casAttempts(),
                counts.casFailures(), counts.failureRatio(), counts.rollbacks(), counts.retries(),
                counts.retriesPerAlloc());
    }
}
