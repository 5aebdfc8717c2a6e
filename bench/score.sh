#!/usr/bin/env bash
# Plans per second and peak memory of `plainplan score` on N generated plans of about
# 20 KB each (corpus plans repeated). Usage: bench/score.sh [plans]   (default 10000)
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-10000}
cargo build --release --quiet
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
python3 - "$dir" "$n" <<'PY'
import os, sys
folder, n = sys.argv[1], int(sys.argv[2])
plans = [open(os.path.join("tests/corpus", f), encoding="utf-8").read()
         for f in sorted(os.listdir("tests/corpus")) if f.endswith(".md") and f[0].isdigit()]
for i in range(n):
    text = ""
    k = i
    while len(text.encode()) < 20_000:
        text += plans[k % len(plans)] + "\n\n"
        k += 1
    sub = os.path.join(folder, f"{i % 100:02d}")
    os.makedirs(sub, exist_ok=True)
    with open(os.path.join(sub, f"plan-{i:05d}.md"), "w", encoding="utf-8") as f:
        f.write(text)
PY
size=$(du -sm "$dir" | cut -f1)
# Let the kernel write the new files out first, so it does not share the cores.
sync
# Once on every core, then on one, to show how it scales.
for threads in "$(nproc)" 1; do
  start=$(date +%s.%N)
  RAYON_NUM_THREADS=$threads /usr/bin/time -f "%M" -o "$dir/mem" \
    target/release/plainplan score --format jsonl "$dir" > "$dir/out.jsonl"
  end=$(date +%s.%N)
  rows=$(wc -l < "$dir/out.jsonl")
  python3 -c "
s = $end - $start
print(f'plainplan score: {$rows} plans ({$size} MB) in {s:.2f} s on $threads core(s): {$rows / s:.0f} plans/s; peak memory {int(open(\"$dir/mem\").read()) / 1024:.0f} MB')
"
done
