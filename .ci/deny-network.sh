#!/usr/bin/env bash
# Fails if anything in the product could open a network connection:
# 1. a crate that opens connections is in the dependency tree of the CLI, the library
#    or the browser package, on any target and with any feature;
# 2. the project's own code names a network API (std::net, sockets, web_sys/js_sys
#    fetch, XHR, WebSocket, beacons);
# 3. the built CLI imports a socket or name-lookup function from the C library.
# The wasm module's imports are checked against an allow-list in wasm/tests.
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

apis='std::net|std::\{[^}]*net|TcpStream|TcpListener|UdpSocket|UnixStream|UnixListener|ToSocketAddrs|SocketAddr|web_sys|js_sys::(Reflect|global|eval|Function)|XMLHttpRequest|WebSocket|EventSource|sendBeacon|navigator\.|\bfetch\s*\(|import\s*\(\s*["'"'"']https?:'
code=$(grep -rnE "$apis" src wasm/src wasm/www --include='*.rs' --include='*.js' --include='*.mjs' --include='*.html' || true)
if [ -n "$code" ]; then
    echo "error: the product's code names a network API:" >&2
    echo "$code" >&2
    exit 1
fi

cargo build --quiet --bin plainplan
sockets='^(socket|socketpair|connect|bind|listen|accept|accept4|send|sendto|sendmsg|sendmmsg|recv|recvfrom|recvmsg|getaddrinfo|gethostbyname|gethostbyname_r|getnameinfo|res_query|res_search|curl_.*|SSL_.*)$'
imports=$(nm -D --undefined-only target/debug/plainplan | awk '{print $NF}' | sed 's/@.*//' | sort -u)
calls=$(grep -E "$sockets" <<<"$imports" || true)
if [ -n "$calls" ]; then
    echo "error: the plainplan binary imports network functions:" >&2
    echo "$calls" >&2
    exit 1
fi
echo "no network crates among $(wc -l <<<"$tree") dependencies, no network API in the code, no socket call in the binary"
