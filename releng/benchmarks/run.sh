#!/usr/bin/env bash
# Runs the benchmark suite of issue 12 and writes, next to this script: results.json (JMH's JSON),
# retained-heap.json (RetainedHeap) and RESULTS.md (the table, by results_table.py). Builds the
# benchmarks jar first (offline). Arguments go to JMH: a regex to run only some benchmarks, or
# options that override the classes' own settings (e.g. -wi 2 -i 3 -f 1). A full run takes about
# 12 minutes on two cores.
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
after=$(uptime)
python3 "$here/results_table.py" "$here/results.json" "$here/retained-heap.json" "$before" "$after" "$loads" "$command" \
    > "$here/RESULTS.md.part"
mv "$here/RESULTS.md.part" "$here/RESULTS.md"
echo "wrote $here/RESULTS.md"
