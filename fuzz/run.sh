#!/usr/bin/env bash
# Fuzzes every target for N seconds each (default 60), seeded from the corpus and the
# input fixtures. Needs a nightly toolchain and cargo-fuzz:
#   rustup toolchain install nightly --profile minimal && cargo install cargo-fuzz
# A crash is saved under fuzz/artifacts/TARGET/: fix it and keep the input as a test.
set -euo pipefail
cd "$(dirname "$0")"
seconds=${1:-60}
targets=${2:-"check_text check_markdown check_html read_docx docx_xml read_any"}
for t in $targets; do
    mkdir -p "corpus/$t"
    case $t in
        read_docx) cp ../tests/corpus/*.docx ../tests/fixtures/*.docx "corpus/$t/" ;;
        docx_xml)
            # The document.xml of each Word file in the corpus.
            for f in ../tests/corpus/*.docx; do
                unzip -p "$f" word/document.xml > "corpus/$t/$(basename "$f" .docx).xml" || true
            done ;;
        check_html) cp ../tests/corpus/*.html "corpus/$t/" ;;
        read_any) cp ../tests/corpus/*.{md,txt,html,docx} ../tests/fixtures/*.{docx,pdf} ../tests/fixtures/encodings/* "corpus/$t/" ;;
        *) cp ../tests/corpus/*.md ../tests/corpus/*.txt "corpus/$t/" ;;
    esac
    case $t in
        read_docx | docx_xml) dict=dicts/docx.dict ;;
        *) dict=dicts/controls.dict ;;
    esac
    cargo +nightly fuzz run "$t" "corpus/$t" -- -dict="$dict" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=200000 2>&1 \
        | grep -E "^#[0-9]+.*(DONE|pulse)|Done [0-9]+ runs|ERROR|panicked|SUMMARY" | tail -3
done
