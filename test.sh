#!/usr/bin/env bash
# Every test: the Rust workspace, then the browser package built and tested in node and
# in headless Chromium. Checks what it needs first; ends with one line over all suites.
# CHROMIUM: the Chromium to test in (default: chromium on the PATH).
set -uo pipefail
cd "$(dirname "$0")"

chromium=${CHROMIUM:-$(command -v chromium || true)}
missing=()
command -v cargo >/dev/null || missing+=("cargo (https://rustup.rs)")
command -v python3 >/dev/null || missing+=("python3 (apt-get install -y python3)")
if ! node -e 'process.exit(Number(process.versions.node.split(".")[0]) >= 20 ? 0 : 1)' 2>/dev/null; then
    missing+=("node 20 or newer (apt-get install -y nodejs npm)")
fi
command -v npm >/dev/null || missing+=("npm (apt-get install -y npm)")
[ -n "$chromium" ] && [ -x "$chromium" ] || missing+=("chromium (apt-get install -y chromium, or set CHROMIUM=/path/to/chromium)")
if [ ${#missing[@]} -gt 0 ]; then
    printf 'test.sh: missing %s\n' "$(IFS=';'; echo "${missing[*]}" | sed 's/;/; /g')" >&2
    exit 2
fi
export CHROMIUM=$chromium

passed=0
failed=0
log=$(mktemp)
trap 'rm -f "$log"' EXIT

# cargo: "test result: ok. N passed; M failed"
if ! cargo test --workspace --no-fail-fast 2>&1 | tee "$log"; then
    grep -q "test result:" "$log" || failed=$((failed + 1))
fi
read -r p f < <(awk '/^test result:/ { p += $4; f += $6 } END { print p + 0, f + 0 }' "$log")
passed=$((passed + p))
failed=$((failed + f))

if bash wasm/build.sh; then
    # node --test: "# pass N" / "# fail N"
    (cd wasm && node --test tests/node.test.mjs) 2>&1 | tee "$log"
    read -r p f < <(awk '/^# pass/ { p = $3 } /^# fail/ { f = $3 } END { print p + 0, f + 0 }' "$log")
    passed=$((passed + p))
    failed=$((failed + f))
    # The browser test is one script: it passes or it fails.
    if (cd wasm && node tests/browser.test.mjs); then
        passed=$((passed + 1))
    else
        failed=$((failed + 1))
    fi
else
    echo "test.sh: the browser package did not build; its tests were not run" >&2
    failed=$((failed + 1))
fi

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
