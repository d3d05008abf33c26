package dev.poolscope.trace.sched;

import java.util.List;

/** A thread per step, given in advance: it must cover the run exactly, no step more or less. */
final class ExplicitSchedule implements Schedule {

    private final List<Integer> choices;

    ExplicitSchedule(List<Integer> choices) {
        this.choices = List.copyOf(choices);
    }

    @Override
    public int choose(int step, ThreadStates threads) {
        if (step >= choices.size()) {
            throw new IllegalStateException("the schedule has " + choices.size()
                    + " steps, but some threads have not finished");
        }
        return choices.get(step);
    }

    @Override
    public void ended(int steps) {
        if (steps != choices.size()) {
            throw new IllegalStateException("the schedule has " + choices.size() + " steps, but every thread finished after "
                    + steps);
        }
    }
}
