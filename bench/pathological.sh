#!/usr/bin/env bash
# Time per MB of `plainplan check --format json` on the input shapes that once took
# quadratic time: one line with no full stop, a block of a hundred thousand terms,
# distinct unknown abbreviations, control comment pairs. Each shape at 1 MB and 10 MB:
# the two figures per MB should be about the same. Usage: bench/pathological.sh
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --quiet
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
python3 - "$dir" <<'PY'
import os, random, string, sys
folder = sys.argv[1]
random.seed(7)
def fill(unit, mb):
    n = mb * 1_000_000 // len(unit.encode()) + 1
    return unit * n
def acronyms(mb):
    words = []
    size = 0
    while size < mb * 1_000_000:
        w = "".join(random.choice(string.ascii_uppercase) for _ in range(5))
        words.append(w)
        size += 6
    return " ".join(words)
for mb in (1, 10):
    shapes = {
        "long-line.txt": fill("Mum will attend the appointment with the health visitor and ", mb),
        "acronyms.txt": acronyms(mb),
        "controls.md": fill("<!-- plainplan-disable jargon -->\nThe core group met.\n<!-- plainplan-enable jargon -->\n\n", mb),
        "jargon-block.txt": fill("the core group and the strategy discussion and the LAC review, ", mb),
    }
    for name, text in shapes.items():
        with open(os.path.join(folder, f"{mb}mb-{name}"), "w") as f:
            f.write(text)
PY
for f in "$dir"/*; do
  mb=$(basename "$f" | cut -d m -f1)
  start=$(date +%s.%N)
  ./target/release/plainplan check --format json "$f" >/dev/null || true
  end=$(date +%s.%N)
  python3 -c "import sys; t=$end-$start; print(f'{sys.argv[1]:<28} {t:6.2f} s  {t/$mb:6.3f} s/MB')" "$(basename "$f")"
done
