#!/usr/bin/env bash
# Runs the benchmark suite of issue 12 and writes, next to this script: results.json (JMH's JSON),
# retained-heap.json (RetainedHeap), heat-grid-paint.json (the ui tests' HeatGridPaintBenchmark,
# under xvfb-run) and RESULTS.md (the table, by results_table.py). Builds the benchmarks jar first
# (offline). Arguments go to JMH: a regex to run only some benchmarks, or
# options that override the classes' own settings (e.g. -wi 2 -i 3 -f 1). A full run takes about
# 23 minutes on two cores.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
jar="$here/target/benchmarks.jar"
command="releng/benchmarks/run.sh${*:+ $*}"

(cd "$root" && releng/mvn -o -B -q -DskipTests package -pl releng/benchmarks -am)
loads=$(mktemp)
# samples the 1-minute load every 15 s while measuring (the benchmark's own threads count in it)
(while true; do cut -d' ' -f1 /proc/loadavg >> "$loads"; sleep 15; done) &
sampler=$!
trap 'kill "$sampler" 2>/dev/null || true; rm -f "$loads"' EXIT
before=$(uptime)
java -jar "$jar" -rf json -rff "$here/results.json" "$@"
java -Xmx6g -cp "$jar" dev.poolscope.benchmarks.RetainedHeap "$here/retained-heap.json"
# the heat grid's paint needs SWT's display thread, so it is a ui test tagged "benchmark" that prints one JSON line
paint_log=$(mktemp)
bundles=core,trace,testkit,model,analysis,report,ui,ui.tests
if ! (cd "$root" && xvfb-run -a releng/mvn -o -B verify -pl "bundles/dev.poolscope.${bundles//,/,bundles/dev.poolscope.}" \
    -Dtest=HeatGridPaintBenchmark -Dsurefire.failIfNoSpecifiedTests=false -DexcludedGroups=none) > "$paint_log" 2>&1; then
  cat "$paint_log"; rm -f "$paint_log"; exit 1
fi
sed -n 's/^heat grid paint, live, 1M-bit chunk half full: //p' "$paint_log" > "$here/heat-grid-paint.json"
rm -f "$paint_log"
after=$(uptime)
python3 "$here/results_table.py" "$here/results.json" "$here/retained-heap.json" "$here/heat-grid-paint.json" "$before" "$after" "$loads" "$command" \
    > "$here/RESULTS.md.part"
mv "$here/RESULTS.md.part" "$here/RESULTS.md"
echo "wrote $here/RESULTS.md"
