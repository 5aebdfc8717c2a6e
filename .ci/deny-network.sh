#!/usr/bin/env bash
# Fails if a crate that opens network connections is in the dependency tree of the CLI,
# the library or the browser package, on any target and with any feature.
set -euo pipefail
cd "$(dirname "$0")/.."
deny='^(reqwest|hyper|hyper-util|h2|h3|ureq|curl|curl-sys|isahc|surf|attohttpc|minreq|native-tls|openssl|openssl-sys|rustls|tokio-rustls|quinn|socket2|mio|tokio|async-std|smol|tungstenite|tokio-tungstenite|websocket|tiny_http|axum|actix-web|warp|sentry|opentelemetry|telemetry|lettre|ldap3|ssh2|libssh2-sys|trust-dns-resolver|hickory-resolver|web-sys|gloo-net)$'
tree=$(cargo tree --workspace --all-features --target all -e normal,build --prefix none --format '{p}' | awk '{print $1}' | sort -u)
found=$(grep -E "$deny" <<<"$tree" || true)
if [ -n "$found" ]; then
    echo "error: crates that can open network connections are in the dependency tree:" >&2
    echo "$found" >&2
    exit 1
fi
echo "no network crates among $(wc -l <<<"$tree") dependencies"
