#!/usr/bin/env bash
# Builds the browser package into wasm/pkg (npm-ready: package.json, .js, .d.ts, .wasm).
# Idempotent: installs the wasm target, the pinned wasm-bindgen CLI and npm packages only
# when they are missing. Used by .ci/run.
set -euo pipefail
cd "$(dirname "$0")"
version=0.2.130

rustup target add wasm32-unknown-unknown >/dev/null 2>&1 || true
if ! wasm-bindgen --version 2>/dev/null | grep -q "$version"; then
    cargo install wasm-bindgen-cli --version "$version"
fi
if [ ! -x node_modules/.bin/wasm-opt ] || [ ! -d node_modules/playwright-core ]; then
    npm install --no-audit --no-fund --silent
fi

cargo build --profile wasm-release --target wasm32-unknown-unknown -p plainplan-wasm
rm -rf pkg
wasm-bindgen --target web --out-dir pkg ../target/wasm32-unknown-unknown/wasm-release/plainplan_wasm.wasm
node_modules/.bin/wasm-opt -Oz --enable-bulk-memory --enable-nontrapping-float-to-int \
    pkg/plainplan_wasm_bg.wasm -o pkg/plainplan_wasm_bg.wasm
crate_version=$(grep -m1 '^version' ../Cargo.toml | cut -d'"' -f2)
cat > pkg/package.json <<JSON
{
  "name": "plainplan-wasm",
  "version": "$crate_version",
  "description": "Checks child protection plans for plain language, in the browser. Nothing leaves the page.",
  "type": "module",
  "main": "plainplan_wasm.js",
  "module": "plainplan_wasm.js",
  "types": "plainplan_wasm.d.ts",
  "files": ["plainplan_wasm.js", "plainplan_wasm.d.ts", "plainplan_wasm_bg.wasm", "plainplan_wasm_bg.wasm.d.ts"],
  "sideEffects": false,
  "license": "MIT OR Apache-2.0"
}
JSON
ls -l pkg/plainplan_wasm_bg.wasm | awk '{print "plainplan_wasm_bg.wasm: " $5 " bytes"}'
gzip -9 -c pkg/plainplan_wasm_bg.wasm | wc -c | awk '{print "gzipped: " $1 " bytes"}'
