#!/usr/bin/env bash
# Load test of every page and endpoint of the web application against nginx serving the same bytes, pre-compressed
# (gzip_static), in one run on one machine. For each: app req/s, p50, p99; nginx req/s; ratio. Also start-up time and
# first-aid page weight. Needs wrk, nginx and curl (Debian: apt-get install wrk nginx-light curl).
# Usage: bench/web/run-load.sh [seconds per test, default 10]      (ports 18081 app, 18082 nginx)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
DURATION="${1:-10}"
APP_PORT="${APP_PORT:-18081}"
NGINX_PORT="${NGINX_PORT:-18082}"
WORK="$ROOT/bench/target/web"
STAMP="$(date +%Y%m%d-%H%M%S)"
OUT="$ROOT/bench/results/web-$STAMP.txt"
rm -rf "$WORK/site"; mkdir -p "$WORK/site" "$ROOT/bench/results"
for tool in wrk nginx curl; do
  command -v "$tool" >/dev/null || { echo "missing $tool (apt-get install wrk nginx-light curl)"; exit 1; }
done
APP="http://127.0.0.1:$APP_PORT"
# a database of its own, not the default ~/.crampcare
export CRAMPCARE_DATA_DIR="$WORK/data"
NGINX="http://127.0.0.1:$NGINX_PORT"
API_BODY='{"person":{"age_years":74,"sex":"male"},"episode":{"locations":["calf"],"setting":"night_in_bed","duration_seconds":120},"history":{"episodes_per_week":5,"mostly_at_night":true},"medications":["Lasix 40 mg"]}'

# Start the app exactly as a user does (./crampcare serve --port N); a first start builds and prepares what is missing.
APP_PID=""; NGINX_STARTED=""
serve() { "$ROOT/crampcare" serve --port "$APP_PORT" >"$WORK/app.log" 2>&1 & APP_PID=$!; }
wait_up() {
  until curl -fs -o /dev/null "$APP/first-aid/calf"; do
    kill -0 "$APP_PID" 2>/dev/null || { echo "app died:"; tail -30 "$WORK/app.log"; exit 1; }
    sleep 0.05
  done
}
cleanup() {
  [ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null || true
  [ -n "$NGINX_STARTED" ] && nginx -c "$WORK/nginx.conf" -s stop 2>/dev/null || true
}
trap cleanup EXIT
serve; wait_up; kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; APP_PID=""

log() { echo "$*" | tee -a "$OUT"; }
log "# CrampCare web load test, $(date -u +%Y-%m-%dT%H:%M:%SZ), commit $(git rev-parse --short HEAD)"
log "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), load before: $(cut -d' ' -f1-3 /proc/loadavg)"
log "java: $(java -version 2>&1 | head -1)${CRAMPCARE_JAVA_OPTS:+ with CRAMPCARE_JAVA_OPTS=$CRAMPCARE_JAVA_OPTS}; wrk: $(wrk -v 2>&1 | head -1 | cut -d' ' -f1-2); nginx: $(nginx -v 2>&1 | cut -d/ -f2)"

# --- start-up: from launching ./crampcare serve to the first answered request
start=$(date +%s%N); serve; wait_up; end=$(date +%s%N)
log "start-up of ./crampcare serve to the first answered request: $(( (end - start) / 1000000 )) ms"
grep -m1 "serving on port" "$WORK/app.log" | sed 's/.*: /start-up line: /' | tee -a "$OUT" || true

# --- page weight (what a phone downloads for a first-aid page: the HTML and its CSS, gzip)
css_url=$(curl -s "$APP/first-aid/calf" | grep -o '/css/app[^"]*\.css' | head -1)
page=$(curl -s --compressed -H 'Accept-Encoding: gzip' -o /dev/null -w '%{size_download}' "$APP/first-aid/calf")
css=$(curl -s --compressed -H 'Accept-Encoding: gzip' -o /dev/null -w '%{size_download}' "$APP$css_url")
log "first-aid page weight, gzip: html $page B + css $css B = $((page + css)) B (budget 14336 B)"

# --- the same bytes for nginx: every page and answer saved as a static file, with a .gz beside it
save() { # url-path file [curl args]
  local path="$1" file="$WORK/site/$2"; shift 2
  mkdir -p "$(dirname "$file")"
  curl -fs "$@" "$APP$path" -o "$file"
}
save / index.html
save /first-aid first-aid.html
save /first-aid/calf first-aid/calf.html
save /assessment assessment.html
save /library library.html
save /library/quinine library/quinine.html
save "/library/search?q=magnesium" library/search.html
save /exercises exercises.html
save /api/v1/knowledge/quinine api/v1/knowledge/quinine.json
# the questionnaire: one step (a POST answered with a redirect, then the next page) and a result, from a real walk
mapfile -t WALK < <(python3 "$ROOT/bench/web/journey.py" "$APP")
STEP_PATH="${WALK[0]%% *}"; STEP_BODY="${WALK[0]#* }"; NEXT_PAGE="${WALK[1]}"; RESULT_PAGE="${WALK[2]}"; STEP_COOKIE="${WALK[3]}"
# the step is sent as a browser sends it (the questionnaire has no CSRF token and no cookie, so the Cookie header is empty)
printf 'wrk.method = "POST"\nwrk.headers["Content-Type"] = "application/x-www-form-urlencoded"\nwrk.headers["Cookie"] = "%s"\nwrk.body = "%s"\n' \
  "$STEP_COOKIE" "$STEP_BODY" > "$WORK/post-step.lua"
save "$NEXT_PAGE" assessment/next.html
save "$RESULT_PAGE" assessment/result.html
save /api/v1/assessments api/v1/assessments.json -X POST -H 'Content-Type: application/json' --data "$API_BODY"
grep -q 'type="radio"\|type="checkbox"' "$WORK/site/assessment/next.html" || { echo "the step did not lead to a question page"; exit 1; }
grep -q 'id="result-level"' "$WORK/site/assessment/result.html" || { echo "the walk did not end on a result page"; exit 1; }
find "$WORK/site" -type f ! -name '*.gz' -exec gzip -kf -6 {} +
sed -e "s|__DIR__|$WORK|g" -e "s|__PORT__|$NGINX_PORT|g" "$ROOT/bench/web/nginx.conf" > "$WORK/nginx.conf"
nginx -c "$WORK/nginx.conf"; NGINX_STARTED=1
curl -fs -o /dev/null "$NGINX/first-aid/calf"

# warm the JIT before measuring (C2 keeps compiling for a while on 2 cores): every endpoint, then the heaviest longer
for p in / /first-aid /first-aid/calf /assessment /library /library/quinine "/library/search?q=magnesium" /exercises \
    /api/v1/knowledge/quinine; do
  wrk -t2 -c32 -d3s -H 'Accept-Encoding: gzip' "$APP$p" >/dev/null
done
wrk -t2 -c32 -d15s -s "$WORK/post-step.lua" "$APP$STEP_PATH" >/dev/null
wrk -t2 -c32 -d10s "$APP$NEXT_PAGE" >/dev/null
export STEP_PATH STEP_BODY STEP_COOKIE   # for step-pair.lua
wrk -t32 -c32 -d10s -s "$ROOT/bench/web/step-pair.lua" "$APP" >/dev/null
wrk -t2 -c32 -d10s "$APP$RESULT_PAGE" >/dev/null
wrk -t2 -c32 -d15s -s "$ROOT/bench/web/post-assessment.lua" "$APP/api/v1/assessments" >/dev/null
wrk -t2 -c32 -d15s -s "$ROOT/bench/web/post-assessment-distinct.lua" "$APP/api/v1/assessments" >/dev/null

measure() { # name url [wrk args] -> "rps p50 p99 errors"
  local name="$1" url="$2"; shift 2
  local res; res=$(wrk -t2 -c32 -d"${DURATION}s" --latency -H 'Accept-Encoding: gzip' "$@" "$url")
  echo "$res" >> "$WORK/wrk-$STAMP-$name.txt"
  local rps p50 p99 errors
  rps=$(echo "$res" | awk '/Requests\/sec/ {print $2}')
  p50=$(echo "$res" | awk '$1=="50%" {print $2}')
  p99=$(echo "$res" | awk '$1=="99%" {print $2}')
  errors=$(echo "$res" | grep -E 'Non-2xx|Socket errors' | tr -s ' ' | tr '\n' ' ' || true)
  echo "$rps $p50 $p99 ${errors:-}"
}
log "wrk: 2 threads, 32 connections, ${DURATION}s each, gzip accepted; wrk runs on the same 2 cores; nginx serves the same bytes"
log "| page or endpoint | app req/s | app p50 | app p99 | nginx req/s | nginx p99 | app / nginx |"
log "|---|---|---|---|---|---|---|"
row() { # label app-path nginx-path [wrk args for the app]
  local label="$1" app_path="$2" nginx_path="$3"; shift 3
  local name="${label//[^A-Za-z0-9]/-}"
  read -r a50rps a50 a99 aerr <<<"$(measure "app-$name" "$APP$app_path" "$@")" || true
  read -r nrps n50 n99 nerr <<<"$(measure "nginx-$name" "$NGINX$nginx_path")" || true
  log "| $label | $a50rps | $a50 | $a99 | $nrps | $n99 | $(awk -v a="$a50rps" -v n="$nrps" 'BEGIN {printf "%.2f", a / n}') | ${aerr:-}"
}
row "home /" / /
row "first aid /first-aid" /first-aid /first-aid
row "first aid /first-aid/calf" /first-aid/calf /first-aid/calf
row "assessment start /assessment" /assessment /assessment
row "questionnaire step: the POST (answered with a redirect)" "$STEP_PATH" /assessment/next -s "$WORK/post-step.lua"
row "questionnaire step: the next page (GET)" "$NEXT_PAGE" /assessment/next
# the step as a person lives it: one connection per wrk thread, each sending the POST, then the GET of its Location,
# timed as one (wrk's own figures mix the two kinds of request; step-pair.lua prints the pair's)
pair=$(wrk -t32 -c32 -d"${DURATION}s" -s "$ROOT/bench/web/step-pair.lua" "$APP" | tee -a "$WORK/wrk-$STAMP-step-pair.txt" | grep '^step pairs:')
log "| questionnaire step, timed whole (POST, then its next page; 32 threads of 1 connection) | $(echo "$pair" | awk '{printf "%.0f pairs/s | %sms | %sms | | | | errors %s, max %sms", $3 / '"$DURATION"', $5, $9, $13, $11}') |"
row "result page (GET, answers in the link)" "$RESULT_PAGE" /assessment/result
row "library /library" /library /library
row "library entry /library/quinine" /library/quinine /library/quinine
row "search /library/search?q=magnesium" "/library/search?q=magnesium" "/library/search?q=magnesium"
row "exercises /exercises" /exercises /exercises
row "knowledge API /api/v1/knowledge/quinine" /api/v1/knowledge/quinine /api/v1/knowledge/quinine
row "assessment API (POST, the same request again: its kept answer)" /api/v1/assessments /api/v1/assessments \
  -s "$ROOT/bench/web/post-assessment.lua"
row "assessment API (POST, every request different: the engine every time)" /api/v1/assessments /api/v1/assessments \
  -s "$ROOT/bench/web/post-assessment-distinct.lua"
log "POST rows: nginx serves the next page's bytes to a GET (a static server cannot run the POST); a step is the POST plus its next page, timed whole in its own row; targets: pages >= 0.50 and p99 < 10 ms, step p99 < 20 ms, assessment API >= 0.25"
log "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
log "results: $OUT (raw wrk output: bench/target/web/wrk-$STAMP-*.txt)"
