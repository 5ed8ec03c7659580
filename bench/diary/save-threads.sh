#!/usr/bin/env bash
# Where a save's CPU goes: starts the app (./crampcare serve, H2 in a fresh folder, or PostgreSQL with
# CRAMPCARE_DATABASE_URL/_USER/_PASSWORD set), signs up, warms up with WARM seconds of saves, then runs
# 10 s of saves at 32 connections and prints wrk's figures, the CPU each thread of the app used, in cores, the CPU
# of every program on the machine (PostgreSQL's processes and wrk among them), and how busy the machine was
# (idle, waiting for the disk, and taken back by the host: steal).
# With JFR=1 the measured run is also recorded to bench/target/diary-save/save.jfr (JFR's "profile" settings).
# Usage: [WARM=15] [JFR=1] bench/diary/save-threads.sh                                     (port 18310)
set -euo pipefail
export LC_ALL=C   # one collation for sort and join
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
PORT="${APP_PORT:-18310}"; APP="http://127.0.0.1:$PORT"
WORK="$ROOT/bench/target/diary-save"; rm -rf "$WORK"; mkdir -p "$WORK/data"
CRAMPCARE_DATA_DIR="$WORK/data" "$ROOT/crampcare" serve --port "$PORT" >"$WORK/app.log" 2>&1 &
PID=$!   # the launcher execs java, so this is the app
trap 'kill $PID 2>/dev/null || true' EXIT
until curl -fs -o /dev/null "$APP/first-aid/calf"; do kill -0 $PID 2>/dev/null || { tail -30 "$WORK/app.log"; exit 1; }; sleep 0.1; done
mapfile -t WRITER < <(python3 "$ROOT/bench/diary/account.py" "$APP" writer@bench.test "a long bench passphrase 2")
export CRAMPCARE_TOKEN="${WRITER[1]}"
wrk -t2 -c32 -d"${WARM:-15}s" -s "$ROOT/bench/diary/post-episode.lua" "$APP" >/dev/null
threads() { # thread name (numbers dropped) and its CPU so far in clock ticks, summed per name
  for t in /proc/$PID/task/*; do echo "$(sed 's/[0-9]*$//' "$t/comm")|$(awk '{print $14 + $15}' "$t/stat")"; done |
    awk -F'|' '{s[$1] += $2; n[$1]++} END {for (k in s) print k "|" n[k] "|" s[k]}' | sort -t'|' -k1,1
}
programs() { # every process's CPU so far in clock ticks, summed per program name (postgres, wrk, java, ...)
  for p in /proc/[0-9]*; do awk '{name = $0; sub(/^[0-9]+ \(/, "", name); sub(/\) [A-Z] .*$/, "", name);
    rest = $0; sub(/^.*\) /, "", rest); split(rest, f, " "); print name "|" f[12] + f[13]}' "$p/stat" 2>/dev/null; done |
    awk -F'|' '{s[$1] += $2} END {for (k in s) print k "|" s[k]}' | sort -t'|' -k1,1
}
machine() { awk '/^cpu / {print $2 + $3 + $4 + $7 + $8 "|" $5 "|" $6 "|" $9}' /proc/stat; } # busy, idle, iowait, stolen
[ "${JFR:-}" = 1 ] && jcmd $PID JFR.start name=save settings=profile filename="$WORK/save.jfr" >/dev/null
threads >"$WORK/before"; programs >"$WORK/programs-before"; machine >"$WORK/machine-before"; t0=$(awk '{print $1}' /proc/uptime)
TIMEFORMAT='%U %S'   # wrk's own CPU (it has exited when the programs are counted again)
{ time wrk -t2 -c32 -d10s --latency -s "$ROOT/bench/diary/post-episode.lua" "$APP" >"$WORK/wrk.txt"; } 2>"$WORK/wrk-cpu"
cat "$WORK/wrk.txt"
threads >"$WORK/after"; programs >"$WORK/programs-after"; machine >"$WORK/machine-after"; t1=$(awk '{print $1}' /proc/uptime)
[ "${JFR:-}" = 1 ] && jcmd $PID JFR.stop name=save >/dev/null && echo "recording: $WORK/save.jfr"
n=$(awk '/requests in/ {print $1}' "$WORK/wrk.txt"); d=$(echo "$t1 - $t0" | bc); hz=$(getconf CLK_TCK)
echo "app CPU by thread (cores, and ms per save), threads of that name in brackets:"
join -t'|' "$WORK/before" "$WORK/after" | awk -F'|' -v d="$d" -v hz="$hz" -v n="$n" \
  '{c = ($5 - $3) / hz / d; if (c > 0.005) printf "  %-24s [%2d] %.2f cores  %.3f ms\n", $1, $4, c, ($5 - $3) / hz * 1000 / n}' |
  sort -k3 -rn
echo "every program on the machine (cores, and ms per save):"
join -t'|' "$WORK/programs-before" "$WORK/programs-after" | awk -F'|' -v d="$d" -v hz="$hz" -v n="$n" \
  '{c = ($3 - $2) / hz / d; if (c > 0.01) printf "  %-24s %.2f cores  %.3f ms\n", $1, c, ($3 - $2) / hz * 1000 / n}' | sort -k2 -rn
awk -v d="$d" -v n="$n" '{printf "  %-24s %.2f cores  %.3f ms\n", "wrk", ($1 + $2) / d, ($1 + $2) * 1000 / n}' "$WORK/wrk-cpu"
paste -d'|' "$WORK/machine-before" "$WORK/machine-after" | awk -F'|' -v d="$d" -v hz="$hz" \
  '{printf "machine: %.2f cores busy, %.2f idle, %.2f waiting for the disk, %.2f taken by the host (steal)\n",
    ($5 - $1) / hz / d, ($6 - $2) / hz / d, ($7 - $3) / hz / d, ($8 - $4) / hz / d}'
