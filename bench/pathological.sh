#!/usr/bin/env bash
# Time and peak memory per MB of `plainplan check --format json` on the input shapes
# that once took quadratic time or memory: one line with no full stop, a block of a
# hundred thousand terms, distinct unknown abbreviations, control comment pairs, HTML
# comments, plan-like paragraphs, and Word files that unpack far (refused by their
# packing ratio). Each shape at 1 MB and 10 MB: the two figures per MB should be about
# the same. Needs GNU time (/usr/bin/time). Usage: bench/pathological.sh
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
        "html-comments.html": "<p>" + fill("<!-- x --> The core group met. ", mb) + "</p>",
        "plan.md": "# Plan\n\n## Actions\n\n" + fill("- Mum will take Ava to school every day by 9am.\n", mb),
    }
    for name, text in shapes.items():
        with open(os.path.join(folder, f"{mb}mb-{name}"), "w") as f:
            f.write(text)
    # A Word file whose one table row spans a million columns, unpacking to 10 MB a MB.
    import zipfile
    cell = '<w:tc><w:tcPr><w:gridSpan w:val="64"/></w:tcPr><w:p><w:r><w:t>x</w:t></w:r></w:p></w:tc>'
    body = "<w:tbl><w:tr>" + fill(cell, 10 * mb) + "</w:tr></w:tbl>"
    with zipfile.ZipFile(os.path.join(folder, f"{mb}mb-gridspan.docx"), "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("word/document.xml", '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>' + body + "</w:body></w:document>")
PY
printf '%-28s %8s %9s %8s %9s\n' shape seconds "s/MB" "peak MB" "MB/MB"
for f in "$dir"/*; do
  mb=$(basename "$f" | cut -d m -f1)
  size=$(stat -c %s "$f")
  # GNU time prints "seconds peak-kilobytes" on the last line of standard error.
  read -r t kb < <(/usr/bin/time -f '%e %M' ./target/release/plainplan check --format json "$f" 2>&1 >/dev/null | tail -1)
  python3 -c "import sys; t, kb, size = float(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]); mb = size / 1e6; print(f'{sys.argv[1]:<28} {t:8.2f} {t/mb:9.3f} {kb/1000:8.0f} {kb/1000/mb:9.1f}')" "$(basename "$f")" "$t" "$kb" "$size"
done
