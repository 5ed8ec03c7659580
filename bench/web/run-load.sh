#!/usr/bin/env bash
# Load test of the web application against nginx serving the same first-aid page as a static file, in one run.
# Measures: start-up time, first-aid page weight (gzip, with its CSS), first-aid page latency and throughput at 32
# connections (app and nginx), assessment API latency. Needs wrk and nginx (Debian: apt-get install wrk nginx-light).
# Usage: bench/web/run-load.sh [seconds per test, default 20]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
DURATION="${1:-20}"
APP_PORT=18090
NGINX_PORT=18091
WORK="$ROOT/bench/target/web"
OUT="$ROOT/bench/results/web-$(date +%Y%m%d-%H%M%S).txt"
mkdir -p "$WORK/site/first-aid" "$WORK/site/css" "$ROOT/bench/results"
for tool in wrk nginx curl; do
  command -v "$tool" >/dev/null || { echo "missing $tool (apt-get install wrk nginx-light curl)"; exit 1; }
done

# Start the app exactly as a user does (./crampcare serve); a first start builds and prepares what is missing.
serve() { "$ROOT/crampcare" serve --server.port=$APP_PORT >"$WORK/app.log" 2>&1 & APP_PID=$!; }
wait_up() {
  until curl -fs -o /dev/null "http://127.0.0.1:$APP_PORT/first-aid/calf"; do
    kill -0 "$APP_PID" 2>/dev/null || { echo "app died:"; tail -30 "$WORK/app.log"; exit 1; }
    sleep 0.05
  done
}
serve; wait_up; kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true

APP_PID=""; NGINX_STARTED=""
cleanup() {
  [ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null || true
  [ -n "$NGINX_STARTED" ] && nginx -c "$WORK/nginx.conf" -s stop 2>/dev/null || true
}
trap cleanup EXIT

log() { echo "$*" | tee -a "$OUT"; }
log "# CrampCare web load test, $(date -u +%Y-%m-%dT%H:%M:%SZ)"
log "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), load before: $(cut -d' ' -f1-3 /proc/loadavg)"
log "java: $(java -version 2>&1 | head -1); wrk: $(wrk -v 2>&1 | head -1 | cut -d' ' -f1-2); nginx: $(nginx -v 2>&1 | cut -d/ -f2)"

# --- start-up: from launching the JVM to the first answered request
start=$(date +%s%N)
serve
wait_up
end=$(date +%s%N)
log "start-up to first answered request: $(( (end - start) / 1000000 )) ms"

# --- page weight (what a phone downloads for a first-aid page: the HTML and its CSS, gzip)
page=$(curl -s --compressed -H 'Accept-Encoding: gzip' -o /dev/null -w '%{size_download}' "http://127.0.0.1:$APP_PORT/first-aid/calf")
css=$(curl -s --compressed -H 'Accept-Encoding: gzip' -o /dev/null -w '%{size_download}' "http://127.0.0.1:$APP_PORT/css/app.css")
log "first-aid page weight, gzip: html $page B + css $css B = $((page + css)) B (budget 14336 B)"

# --- the same page for nginx, saved as a static file
curl -s "http://127.0.0.1:$APP_PORT/first-aid/calf" -o "$WORK/site/first-aid/calf.html"
curl -s "http://127.0.0.1:$APP_PORT/css/app.css" -o "$WORK/site/css/app.css"
gzip -kf -6 "$WORK/site/first-aid/calf.html" "$WORK/site/css/app.css"
sed -e "s|__DIR__|$WORK|g" -e "s|__PORT__|$NGINX_PORT|g" "$ROOT/bench/web/nginx.conf" > "$WORK/nginx.conf"
nginx -c "$WORK/nginx.conf"
NGINX_STARTED=1
curl -fs -o /dev/null "http://127.0.0.1:$NGINX_PORT/first-aid/calf"

# warm the JIT before measuring (C2 keeps compiling for about 30 s on 2 cores)
wrk -t2 -c32 -d10s -H 'Accept-Encoding: gzip' "http://127.0.0.1:$APP_PORT/first-aid/calf" >/dev/null
wrk -t2 -c32 -d45s -s "$ROOT/bench/web/post-assessment.lua" "http://127.0.0.1:$APP_PORT/api/v1/assessments" >/dev/null

run() { # name url [extra wrk args]
  local name="$1" url="$2"; shift 2
  local res; res=$(wrk -t2 -c32 -d"${DURATION}s" --latency -H 'Accept-Encoding: gzip' "$@" "$url")
  local rps p50 p99 errors
  rps=$(echo "$res" | awk '/Requests\/sec/ {print $2}')
  p50=$(echo "$res" | awk '$1=="50%" {print $2}')
  p99=$(echo "$res" | awk '$1=="99%" {print $2}')
  errors=$(echo "$res" | grep -E 'Non-2xx|Socket errors' | tr '\n' ' ' || true)
  log "$name: $rps req/s, p50 $p50, p99 $p99 ${errors}" >&2
  echo "$res" >> "$WORK/wrk-$name.txt"
  echo "$rps"
}
log "wrk: 2 threads, 32 connections, ${DURATION}s each, gzip accepted; wrk runs on the same 2 cores"
app_rps=$(run app-first-aid "http://127.0.0.1:$APP_PORT/first-aid/calf" | tail -1)
nginx_rps=$(run nginx-first-aid "http://127.0.0.1:$NGINX_PORT/first-aid/calf" | tail -1)
log "app / nginx throughput: $(awk -v a="$app_rps" -v n="$nginx_rps" 'BEGIN {printf "%.2f", a / n}') (target >= 0.50)"
run app-assessment-api "http://127.0.0.1:$APP_PORT/api/v1/assessments" -s "$ROOT/bench/web/post-assessment.lua" >/dev/null
log "results: $OUT"
