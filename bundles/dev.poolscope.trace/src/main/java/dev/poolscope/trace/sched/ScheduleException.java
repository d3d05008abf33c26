package dev.poolscope.trace.sched;

import java.util.List;

/**
 * A scheduled run that could not go on: the schedule named a thread that cannot run, a thread
 * failed or did not answer in time, or no thread could run. Says at which step and why, and keeps
 * the schedule taken so far, so the run up to the problem can be replayed.
 */
public final class ScheduleException extends Exception {

    private static final long serialVersionUID = 1L;

    /** The schedule's last steps shown in the message; the whole of it is in {@link #scheduleSoFar()}. */
    private static final int SHOWN_STEPS = 40;

    private final int step;
    private final String problem;
    private final List<Integer> scheduleSoFar;

    ScheduleException(int step, String problem, List<Integer> scheduleSoFar, Throwable cause) {
        super("step " + step + ": " + problem + "; schedule so far (" + scheduleSoFar.size() + " steps): "
                + shown(scheduleSoFar), cause);
        this.step = step;
        this.problem = problem;
        this.scheduleSoFar = List.copyOf(scheduleSoFar);
    }

    /** The step at which the run stopped. */
    public int step() {
        return step;
    }

    /** What went wrong, without the step and the schedule: e.g. "T1 failed: ...". */
    public String problem() {
        return problem;
    }

    /** The thread of every step taken before the problem, in order. */
    public List<Integer> scheduleSoFar() {
        return scheduleSoFar;
    }

    private static String shown(List<Integer> schedule) {
        return schedule.size() <= SHOWN_STEPS ? schedule.toString()
                : "[... " + schedule.subList(schedule.size() - SHOWN_STEPS, schedule.size()).toString().substring(1);
    }
}
