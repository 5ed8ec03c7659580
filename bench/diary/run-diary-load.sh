#!/usr/bin/env bash
# Diary load test: saving an entry (POST /api/v1/episodes, each with its own Idempotency-Key) at 32 connections, and
# the diary page (/diary, 30 nights) and the insights page of a person with 2,000 entries, at 32 connections and at
# one (one person looking at their own diary); with the app's CPU time per request. On H2 (the embedded default, a file in a fresh
# CRAMPCARE_DATA_DIR) or, with CRAMPCARE_DATABASE_URL/_USER/_PASSWORD set, on PostgreSQL.
#
# It signs up and in through the forms and creates a personal access token (account.py): the API is driven with the
# token (POST /api/v1/episodes), the page with the session cookie, as a phone and a script would.
# Needs: wrk, curl, python3. It starts the app with ./crampcare serve, which builds it first when sources changed.
# Usage: [WARM=seconds] bench/diary/run-diary-load.sh [seconds per test, default 10]          (port 18210)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
DURATION="${1:-10}"
PORT="${APP_PORT:-18210}"
APP="http://127.0.0.1:$PORT"
WORK="$ROOT/bench/target/diary"
STAMP="$(date +%Y%m%d-%H%M%S)"
OUT="$ROOT/bench/results/diary-$STAMP.txt"
for tool in wrk curl python3; do command -v "$tool" >/dev/null || { echo "missing $tool"; exit 1; }; done
rm -rf "$WORK"; mkdir -p "$WORK/data" "$ROOT/bench/results"

# started as a user starts it (the launcher's JVM options and class-data archive)
CRAMPCARE_DATA_DIR="$WORK/data" "$ROOT/crampcare" serve --port "$PORT" >"$WORK/app.log" 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null || true' EXIT
until curl -fs -o /dev/null "$APP/first-aid/calf"; do kill -0 $PID 2>/dev/null || { tail -30 "$WORK/app.log"; exit 1; }; sleep 0.1; done

log() { echo "$*" | tee -a "$OUT"; }
log "# CrampCare diary load test, $(date -u +%Y-%m-%dT%H:%M:%SZ), commit $(git rev-parse --short HEAD)"
log "machine: $(nproc) cores, load before: $(cut -d' ' -f1-3 /proc/loadavg); database: ${CRAMPCARE_DATABASE_URL:-H2 file (WRITE_DELAY=0)}"
mapfile -t READER < <(python3 "$ROOT/bench/diary/account.py" "$APP" reader@bench.test "a long bench passphrase 1")
mapfile -t WRITER < <(python3 "$ROOT/bench/diary/account.py" "$APP" writer@bench.test "a long bench passphrase 2")
python3 "$ROOT/bench/diary/seed.py" "$APP" "${READER[1]}" 2000 | tee -a "$OUT"
export CRAMPCARE_TOKEN="${WRITER[1]}"

# The JIT keeps compiling for a long while on 2 cores: each measured run follows WARM seconds of the same requests.
WARM="${WARM:-20}"
cpu() { awk '{print $14 + $15}' "/proc/$PID/stat"; }   # the app's CPU so far, in clock ticks
TICK=$(getconf CLK_TCK)
run() { # title connections url [wrk args]: warm-up, the measured run, and the app's CPU time per request
  local title="$1" conns="$2" url="$3"; shift 3
  local threads=$(( conns < 2 ? conns : 2 ))
  wrk -t"$threads" -c"$conns" -d"${WARM}s" "$@" "$url" >/dev/null
  log "## $title, $conns connection(s), ${DURATION}s"
  local before res after n
  before=$(cpu)
  res=$(wrk -t"$threads" -c"$conns" -d"${DURATION}s" --latency "$@" "$url")
  after=$(cpu)
  echo "$res" | tee -a "$OUT"
  n=$(echo "$res" | awk '/requests in/ {print $1}')
  log "app CPU per request: $(awk -v t=$((after - before)) -v n="$n" -v hz="$TICK" 'BEGIN {printf "%.2f ms", t * 1000 / hz / n}')"
}
run "save an entry: POST /api/v1/episodes" 32 "$APP" -s "$ROOT/bench/diary/post-episode.lua"
run "the diary page of a person with 2,000 entries: GET /diary?to=2026-11-30 (30 nights)" 32 \
  "$APP/diary?to=2026-11-30" -H "Cookie: ${READER[0]}"
run "the same page, one person at a time" 1 "$APP/diary?to=2026-11-30" -H "Cookie: ${READER[0]}"
run "the insights page of a person with 2,000 entries: GET /diary/insights (12 weeks)" 32 "$APP/diary/insights" \
  -H "Cookie: ${READER[0]}"
run "the same page, one person at a time" 1 "$APP/diary/insights" -H "Cookie: ${READER[0]}"
log "results: $OUT"
