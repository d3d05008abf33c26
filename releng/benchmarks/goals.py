"""Issue 12's goals judged from one run's results: the rows of RESULTS.md's "Goals" table.

Each row: the goal, the figure measured (a ratio of two scores of this run, or a value), the range
the figure has within JMH's error bars where there are some, and the verdict: "met" when the whole
range meets the goal, "not shown" when the figure does but its range does not (the error bars are
too wide to say), "missed" otherwise, "not measured" when the run lacks a score it needs.
"""

# The retained heap per event when the issue was filed (RESULTS.md of 2026-12-02 07:09, 10M events).
HEAP_PER_EVENT_BEFORE = 5.43


def find(results, name, **params):
    for result in results:
        if ".".join(result["benchmark"].split(".")[-2:]) == name and all(
                result["params"].get(k) == v for k, v in params.items()):
            return result["primaryMetric"]
    return None


def ratio_range(top, bottom):
    """top/bottom and its least and greatest values with each score anywhere in its error bar."""
    value = top["score"] / bottom["score"]
    errors = [m["scoreError"] for m in (top, bottom)]
    if any(isinstance(e, str) or e != e for e in errors):
        return value, None, None
    low = (top["score"] - errors[0]) / (bottom["score"] + errors[1])
    # a divisor's error bar that reaches 0 leaves the ratio with no upper bound
    high = (top["score"] + errors[0]) / (bottom["score"] - errors[1]) if bottom["score"] > errors[1] else float("inf")
    return value, low, high


def verdict(value, low, high, at_least=None, at_most=None):
    def meets(v):
        return (at_least is None or v >= at_least) and (at_most is None or v <= at_most)
    if value is None:
        return "not measured"
    if not meets(value):
        return "missed"
    worst = low if at_least is not None else high
    return "met" if worst is None or meets(worst) else "not shown (figure meets it, error range does not)"


def ratio_row(goal, top, bottom, at_least=None, at_most=None):
    if top is None or bottom is None:
        return goal, "", "", "not measured"
    value, low, high = ratio_range(top, bottom)
    span = "" if low is None else f"{low:.2f} to " + ("∞" if high == float("inf") else f"{high:.2f}")
    return goal, f"{value:.2f}×", span, verdict(value, low, high, at_least, at_most)


def value_row(goal, value, unit, at_most):
    if value is None:
        return goal, "", "", "not measured"
    return goal, f"{value:,.2f} {unit}", "", verdict(value, None, None, at_most=at_most)


def percentile(metric, which):
    return None if metric is None else metric.get("scorePercentiles", {}).get(which)


def rows(results, heap, paint):
    out = []
    for fill in ("0.50", "0.90"):
        out.append(ratio_row(f"search: first-fit, 1M bits, {fill} full, reference / summaries ≥ 3×",
                             find(results, "SearchBenchmark.search", algo="first_fit", bits="1048576", fill=fill,
                                  impl="reference"),
                             find(results, "SearchBenchmark.search", algo="first_fit", bits="1048576", fill=fill,
                                  impl="summaries"), at_least=3))
    out.append(ratio_row("standard workload, 1 thread, 50%: summaries / reference (today's) ≥ 1.5×",
                         find(results, "StandardWorkloadBenchmark.oneThread", variant="mainline", fill="0.5",
                              search="summaries"),
                         find(results, "StandardWorkloadBenchmark.oneThread", variant="mainline", fill="0.5",
                              search="reference"), at_least=1.5))
    out.append(ratio_row("standard workload, 2 threads, 50%: mainline / pre-patch (both summaries) ≥ 1.8×",
                         find(results, "StandardWorkloadBenchmark.twoThreads", variant="mainline", fill="0.5",
                              search="summaries"),
                         find(results, "StandardWorkloadBenchmark.twoThreads", variant="pre-patch", fill="0.5",
                              search="summaries"), at_least=1.8))
    none = find(results, "ProbeCostBenchmark.op", probe="none")
    out.append(ratio_row("probe cost: empty / none ≤ 1.02", find(results, "ProbeCostBenchmark.op", probe="empty"),
                         none, at_most=1.02))
    out.append(ratio_row("probe cost: recorder / none ≤ 3", find(results, "ProbeCostBenchmark.op", probe="recorder"),
                         none, at_most=3))
    opened = find(results, "ReplayOpenBenchmark.workbench", events="10000000")
    out.append(value_row("replay: the workbench's whole open of 10M events ≤ 1,500 ms",
                         None if opened is None else opened["score"], "ms", 1500))
    for events in ("1000000", "10000000"):
        for op, limit in (("seek", 3), ("stepForward", 2), ("stepBack", 2), ("threadStepForward", 2),
                          ("threadStepBack", 2)):
            out.append(value_row(f"replay: {op} p99, {int(events):,} events ≤ {limit} ms",
                                 percentile(find(results, f"ReplayNavigationBenchmark.{op}", events=events), "99.0"),
                                 "ms", limit))
    largest = max(heap, key=lambda trace: trace["events"]) if heap else None
    out.append(value_row(f"replay: retained heap per event ≤ {HEAP_PER_EVENT_BEFORE} (before the issue)",
                         None if largest is None else largest["retainedBytes"] / largest["events"], "bytes",
                         HEAP_PER_EVENT_BEFORE))
    out.append(value_row("heat grid: paint of a 1M-bit chunk ≤ 8 ms (median)",
                         None if paint is None else paint["medianMs"], "ms", 8))
    return out


def markdown(results, heap, paint):
    lines = ["## Goals (issue 12), judged from this run", "",
             "The figure's range is where it lies with each score anywhere in its 99.9% error bar; p99s and",
             "single values have none. \"Not shown\" means the figure meets the goal but its range does not.",
             "", "| goal | measured | range within the error | verdict |", "| --- | ---: | ---: | --- |"]
    lines += [f"| {goal} | {measured} | {span} | {judged} |" for goal, measured, span, judged in
              rows(results, heap, paint)]
    return lines + [""]
