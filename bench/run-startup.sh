#!/usr/bin/env bash
# Start-up of ./crampcare serve, as a user starts it, with an empty database: from launching the command to the
# first answered request (GET /first-aid, polled every 50 ms). Prints one line per run and the load average.
# The first start after a build also prepares the class-data archive (about half a minute): run once before timing.
# Usage: bench/run-startup.sh [runs, default 5]          (port 18400; needs curl)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
RUNS="${1:-5}"
PORT="${APP_PORT:-18400}"
for i in $(seq "$RUNS"); do
  data="$(mktemp -d)"
  start=$(date +%s%N)
  CRAMPCARE_DATA_DIR="$data" "$ROOT/crampcare" serve --port "$PORT" >"$data.log" 2>&1 &
  pid=$!
  until curl -fs -o /dev/null "http://127.0.0.1:$PORT/first-aid"; do
    kill -0 "$pid" 2>/dev/null || { tail -30 "$data.log"; exit 1; }
    sleep 0.05
  done
  end=$(date +%s%N)
  echo "start-up $i: $(( (end - start) / 1000000 )) ms (load $(cut -d' ' -f1 /proc/loadavg))"
  kill "$pid"; wait "$pid" 2>/dev/null || true
  rm -rf "$data" "$data.log"
done
