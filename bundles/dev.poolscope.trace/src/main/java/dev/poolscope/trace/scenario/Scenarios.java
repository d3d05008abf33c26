package dev.poolscope.trace.scenario;

import java.util.List;
import java.util.stream.Collectors;

/** The scenarios that ship with Poolscope. */
public final class Scenarios {

    private static final List<Scenario> ALL = List.of(SameWordRace.create(), CrossWordRollback.create(),
            FreeRacesAlloc.create(), RetryStorm.create(), V4SearchStart.create(), LockedVsLockless.create());

    private Scenarios() {
    }

    /** Every scenario, in the order a list shows them. */
    public static List<Scenario> all() {
        return ALL;
    }

    /**
     * The scenario called {@code name}.
     *
     * @throws IllegalArgumentException naming the scenarios there are, when none has that name
     */
    public static Scenario byName(String name) {
        return ALL.stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown scenario '" + name + "' (known: "
                        + ALL.stream().map(Scenario::name).collect(Collectors.joining(", ")) + ")"));
    }
}
