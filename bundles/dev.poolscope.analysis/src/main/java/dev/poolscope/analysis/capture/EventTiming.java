package dev.poolscope.analysis.capture;

/**
 * The head of an event line: its seq, the CPU it returned on, its task, and when the call entered
 * and returned ({@code ktime_get_ns()}, one clock for all CPUs).
 *
 * @param comm the task's name as the capture writes it (bytes outside 0x21..0x7e and '\' as {@code \xNN})
 */
public record EventTiming(long seq, long line, int cpu, int pid, String comm, long t0, long t1) {

    /** CAPTURE-FORMAT.md's overlap: the two calls' {@code [t0, t1]} intersect and their tasks differ. */
    public boolean overlaps(EventTiming other) {
        return pid != other.pid && t0 <= other.t1 && other.t0 <= t1;
    }

    /** The task as messages name it: {@code comm[pid] on cpu N}. */
    public String task() {
        return comm + "[" + pid + "] on cpu " + cpu;
    }
}
