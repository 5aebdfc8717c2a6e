#!/usr/bin/env bash
# Times `plainplan check` on a generated 20 KB plan, cold start included: the median of
# 200 runs of the whole process. Usage: bench/whole-process.sh [runs]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-200}
cargo build --release --quiet
plan=$(mktemp --suffix=.md)
trap 'rm -f "$plan"' EXIT
while [ "$(stat -c %s "$plan")" -lt 20000 ]; do cat examples/poor-plan.md >> "$plan"; done
python3 - "$plan" "$runs" <<'PY'
import statistics, subprocess, sys, time
plan, runs = sys.argv[1], int(sys.argv[2])
times = []
for _ in range(runs):
    t = time.perf_counter()
    subprocess.run(["target/release/plainplan", "check", "--format", "json", plan], stdout=subprocess.DEVNULL)
    times.append((time.perf_counter() - t) * 1000)
print(f"plainplan check, 20 KB plan, {runs} runs: median {statistics.median(times):.2f} ms, p90 {sorted(times)[int(runs * 0.9)]:.2f} ms")
PY
