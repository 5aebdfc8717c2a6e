#!/usr/bin/env bash
# Every test: the Rust workspace, then the browser package built and tested in node and
# in headless Chromium. Needs Rust, Node 20+, Python 3 and Debian's chromium.
set -euo pipefail
cd "$(dirname "$0")"
cargo test --workspace
bash wasm/build.sh
(cd wasm && npm test)
