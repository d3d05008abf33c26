#!/usr/bin/env python3
"""Turns a JMH JSON result (-rf json) and RetainedHeap's JSON into the markdown of RESULTS.md.

Usage: results_table.py RESULTS.json HEAP.json PAINT.json UPTIME_BEFORE UPTIME_AFTER LOADS COMMAND > RESULTS.md
(PAINT.json: HeatGridPaintBenchmark's line, or an empty file; LOADS: a file of 1-minute load
averages sampled during the run, one a line.)
Each row: the benchmark, its params, score +- error (JMH's 99.9% interval), unit; sampled benchmarks
add their median and 99th percentile. The header names the machine, the JDK, the date, the load
before and after the run and the command that produced it.
"""
import datetime
import json
import os
import platform
import sys

import goals


def cpu_model():
    with open("/proc/cpuinfo", encoding="utf-8") as info:
        for line in info:
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    return platform.processor() or "unknown"


def short_name(benchmark):
    """dev.poolscope.benchmarks.SearchBenchmark.search -> SearchBenchmark.search"""
    return ".".join(benchmark.split(".")[-2:])


def params_text(result):
    params = result.get("params", {})
    text = " ".join(f"{key}={value}" for key, value in params.items())
    return f"threads={result['threads']} {text}".strip()


def number(value):
    if isinstance(value, str) or value != value:  # "NaN": JMH has no error for a single measurement
        return "n/a"
    if abs(value) >= 100:
        return f"{value:,.0f}"
    if abs(value) >= 1:
        return f"{value:.2f}"
    return f"{value:.3g}"


def row(result):
    metric = result["primaryMetric"]
    score = f"{number(metric['score'])} ± {number(metric['scoreError'])}"
    percentiles = metric.get("scorePercentiles", {})
    sampled = result["mode"] == "sample"
    p50 = number(percentiles["50.0"]) if sampled else ""
    p99 = number(percentiles["99.0"]) if sampled else ""
    return (f"| {short_name(result['benchmark'])} | {params_text(result)} | {result['mode']} | {score} "
            f"| {p50} | {p99} | {metric['scoreUnit']} |")


def settings(result):
    return (f"{result['forks']} fork, {result['warmupIterations']} warm-up × {result['warmupTime']}, "
            f"{result['measurementIterations']} measured × {result['measurementTime']}")


def score(results, name, **params):
    for result in results:
        if short_name(result["benchmark"]) == name and all(
                result["params"].get(k) == v for k, v in params.items()):
            return result["primaryMetric"]["score"]
    return None


def ratios(results):
    lines = []
    none = score(results, "ProbeCostBenchmark.op", probe="none")
    for probe in ("empty", "recorder"):
        other = score(results, "ProbeCostBenchmark.op", probe=probe)
        if none and other:
            lines.append(f"| probe cost: `{probe}` / `none` (time per op) | {other / none:.2f} |")
    for fill in ("0.5", "0.9"):
        lockless = score(results, "StandardWorkloadBenchmark.twoThreads", variant="mainline", fill=fill)
        locked = score(results, "StandardWorkloadBenchmark.twoThreads", variant="pre-patch", fill=fill)
        one = score(results, "StandardWorkloadBenchmark.oneThread", variant="mainline", fill=fill)
        if lockless and locked:
            lines.append(f"| standard workload, fill {fill}: 2-thread `mainline` / 2-thread `pre-patch` (ops/µs) "
                         f"| {lockless / locked:.2f} |")
        if lockless and one:
            lines.append(f"| standard workload, fill {fill}: 2-thread / 1-thread `mainline` (ops/µs) "
                         f"| {lockless / one:.2f} |")
    return lines


def search_ratios(results):
    """reference / summaries for every search the run measured both ways."""
    lines = []
    for result in results:
        params = result["params"]
        if short_name(result["benchmark"]) == "SearchBenchmark.search" and params.get("impl") == "reference":
            fast = score(results, "SearchBenchmark.search", **{**params, "impl": "summaries"})
            if fast:
                lines.append(f"| search {params['algo']}, {int(params['bits']):,} bits, {params['fill']} full: "
                             f"reference / summaries (time per search) | {result['primaryMetric']['score'] / fast:.2f} |")
    return lines


def paint_section(paint):
    if paint is None:
        return ["## Heat grid paint (`HeatGridPaintBenchmark`)", "", "Not measured in this run.", ""]
    return ["## Heat grid paint (`HeatGridPaintBenchmark`)", "",
            f"{paint['paints']} paints of the live heat grid of a 1M-bit chunk, half full, into a "
            f"{paint['width']} × {paint['height']} offscreen image under Xvfb, after 50 unmeasured ones "
            "(a ui test, not JMH: it needs SWT's display thread).", "",
            "| median | p99 | max | unit |", "| ---: | ---: | ---: | --- |",
            f"| {paint['medianMs']:.2f} | {paint['p99Ms']:.2f} | {paint['maxMs']:.2f} | ms per paint |", ""]


def load_summary(loads_file):
    with open(loads_file, encoding="utf-8") as source:
        loads = [float(line) for line in source if line.strip()]
    if not loads:
        return "no samples"
    return (f"{min(loads):.2f} to {max(loads):.2f}, mean {sum(loads) / len(loads):.2f} over {len(loads)} samples "
            f"every 15 s; the benchmark itself runs 1 to 4 busy threads of it")


def main(results_file, heap_file, paint_file, uptime_before, uptime_after, loads_file, command):
    with open(results_file, encoding="utf-8") as source:
        results = json.load(source)
    with open(heap_file, encoding="utf-8") as source:
        heap = json.load(source)
    with open(paint_file, encoding="utf-8") as source:
        text = source.read().strip()
        paint = json.loads(text) if text else None
    first = results[0]
    out = ["# Benchmark results", "",
           "Written by `releng/benchmarks/results_table.py` from `results.json` (JMH) and `retained-heap.json`",
           "(`RetainedHeap`); rerun with the command below. Compare ratios measured side by side in this",
           "one run, not absolute numbers: the machine is shared and loaded (see the load). The error is JMH's",
           "99.9% confidence half-width (Student's t over the few measured iterations), so it is wide; a",
           "ratio of two scores whose intervals overlap says nothing.", "",
           f"- machine: {os.cpu_count()} cores (`nproc`), {cpu_model()}, {platform.system()} {platform.release()}",
           f"- JDK: {first['vmName']} {first['jdkVersion']} ({first['vmVersion']}), JMH {first['jmhVersion']}",
           f"- date: {datetime.datetime.now(datetime.timezone.utc).strftime('%Y-%m-%d %H:%M UTC')} (end of run)",
           f"- load before (`uptime`): {uptime_before.strip()}",
           f"- load after (`uptime`): {uptime_after.strip()}",
           f"- 1-minute load average during the run: {load_summary(loads_file)}",
           f"- command: `{command}`", ""]
    out += goals.markdown(results, heap, paint)
    by_class = {}
    for result in results:
        by_class.setdefault(short_name(result["benchmark"]).split(".")[0], []).append(result)
    for name, rows in by_class.items():
        out += [f"## {name}", "", f"JMH settings: {settings(rows[0])}.", "",
                "| benchmark | params | mode | score ± error (99.9%) | p50 | p99 | unit |",
                "| --- | --- | --- | ---: | ---: | ---: | --- |"]
        out += [row(result) for result in rows]
        out.append("")
    out += ["## Retained heap of an open replay model (`RetainedHeap`)", "",
            "Runtime heap in use after `System.gc()` (3×) with the model open, less the same before the open.", "",
            "| events | retained bytes | bytes per event | model's own account (bytes) | open (ms) | recording took (ms) |",
            "| ---: | ---: | ---: | ---: | ---: | ---: |"]
    for trace in heap:
        out.append(f"| {trace['events']:,} | {trace['retainedBytes']:,} | {trace['retainedBytes'] / trace['events']:.2f} "
                   f"| {trace['accountedBytes']:,} | {trace['openMillis']:,} | {trace['recordMillis']:,} |")
    out.append("")
    out += paint_section(paint)
    lines = ratios(results) + search_ratios(results)
    if lines:
        out += ["## Ratios (from the scores above)", "", "| ratio | value |", "| --- | ---: |"] + lines + [""]
    sys.stdout.write("\n".join(out))


if __name__ == "__main__":
    if len(sys.argv) != 8:
        sys.exit(__doc__)
    main(*sys.argv[1:])
