#!/usr/bin/env bash
# Times `./crampcare assess --batch` on 10,000 generated requests: wall clock, JVM start included.
# Target (issue): under 5 s on the 2-core build machine. Figures and discussion: docs/benchmarks.md.
#
#   bench/run-batch.sh                 10 timed runs after 1 warm-up run (page cache, CDS archive)
#   RUNS=20 COUNT=10000 SEED=20240601 bench/run-batch.sh
#
# Steps: build the command line and the generator (under the shared build lock), generate the requests
# (fixed seed), check that every output line is a result (no error objects, one line per request), then time.
# Uses hyperfine when installed (apt-get install -y hyperfine), else a loop with `date +%s%N`.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

COUNT="${COUNT:-10000}"
SEED="${SEED:-20240601}"
RUNS="${RUNS:-10}"
LOCK="${CRAMPCARE_BUILD_LOCK:-/tmp/crampcare-build.lock}"
OUT="bench/target/batch"
REQUESTS="$OUT/requests-$COUNT.jsonl"
RESULTS="$OUT/results-$COUNT.jsonl"
mkdir -p "$OUT"

echo "== machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//'), load:$(uptime | sed 's/.*load average://')"

# ---------------------------------------------------------------- build
# The launcher builds the cli jar itself when sources changed, but without the shared lock: build it here, locked.
echo "== building cli and bench (flock $LOCK)"
flock "$LOCK" mvn -q -B -DskipTests -pl cli,bench -am package

# From here on the launcher must not rebuild: a rebuild would be timed, and would run outside the lock.
# A stand-in `mvn` on the PATH makes the launcher fail loudly instead.
SHIM="$OUT/shim"
mkdir -p "$SHIM"
cat >"$SHIM/mvn" <<'EOF'
#!/bin/sh
echo "run-batch.sh: the launcher wanted to rebuild (sources changed during the benchmark); run it again" >&2
exit 1
EOF
chmod +x "$SHIM/mvn"
export PATH="$ROOT/$SHIM:$PATH"

# ---------------------------------------------------------------- requests
echo "== generating $COUNT requests (seed $SEED) into $REQUESTS"
java -cp bench/target/benchmarks.jar org.crampcare.bench.RequestGenerator "$COUNT" "$SEED" "$REQUESTS"

# ---------------------------------------------------------------- check the output
echo "== checking: every line a result"
status=0
./crampcare assess --batch "$REQUESTS" >"$RESULTS" || status=$?
lines=$(wc -l <"$RESULTS")
errors=$(grep -c '^{"error"' "$RESULTS" || true)
results=$(grep -c '"triage"' "$RESULTS" || true)
echo "   exit status $status, $lines lines, $results results, $errors error objects, $(du -h "$RESULTS" | cut -f1) of JSON"
if [ "$status" -ne 0 ] || [ "$lines" -ne "$COUNT" ] || [ "$errors" -ne 0 ] || [ "$results" -ne "$COUNT" ]; then
  echo "run-batch.sh: FAILED: expected $COUNT results and no errors (see $RESULTS)" >&2
  grep -m3 '^{"error"' "$RESULTS" >&2 || true
  exit 1
fi
if command -v python3 >/dev/null; then
  python3 - "$RESULTS" <<'EOF'
import collections, json, sys
levels = collections.Counter()
with open(sys.argv[1], encoding="utf-8") as f:
    for line in f:
        levels[json.loads(line)["triage"]["level"]] += 1
print("   triage levels:", ", ".join(f"{k} {v}" for k, v in levels.most_common()))
EOF
fi

# ---------------------------------------------------------------- time
BATCH="./crampcare assess --batch $REQUESTS > $RESULTS"
# For scale: the same JVM start and knowledge load with a single request, and the load alone.
ONE="$OUT/one.json"
head -n 1 "$REQUESTS" >"$ONE"
SINGLE="./crampcare assess $ONE > /dev/null"
KBCHECK="./crampcare kb check > /dev/null"

echo "== timing ($RUNS runs each, 1 warm-up; load:$(uptime | sed 's/.*load average://'))"
if command -v hyperfine >/dev/null; then
  hyperfine --warmup 1 --runs "$RUNS" --export-json "$OUT/hyperfine.json" \
    -n "assess --batch $COUNT" "$BATCH" \
    -n "assess (1 request)" "$SINGLE" \
    -n "kb check" "$KBCHECK"
  python3 - "$OUT/hyperfine.json" <<'EOF'
import json, sys
for r in json.load(open(sys.argv[1]))["results"]:
    t = sorted(r["times"])
    print(f"   {r['command']:<24} median {r['median']:.3f} s   min {t[0]:.3f} s   max {t[-1]:.3f} s   "
          f"mean {r['mean']:.3f} ± {r['stddev']:.3f} s   ({len(t)} runs)")
EOF
else
  echo "   (hyperfine not installed: timing with date +%s%N)"
  for name in batch single kbcheck; do
    case $name in batch) cmd="$BATCH" ;; single) cmd="$SINGLE" ;; kbcheck) cmd="$KBCHECK" ;; esac
    bash -c "$cmd"   # warm-up
    : >"$OUT/times-$name.txt"
    for _ in $(seq "$RUNS"); do
      start=$(date +%s%N)
      bash -c "$cmd"
      end=$(date +%s%N)
      echo $(( (end - start) / 1000000 )) >>"$OUT/times-$name.txt"
    done
    sort -n "$OUT/times-$name.txt" | awk -v name="$name" '{ t[NR] = $1 } END {
      m = (NR % 2) ? t[(NR + 1) / 2] : (t[NR / 2] + t[NR / 2 + 1]) / 2
      printf "   %-8s median %.3f s   min %.3f s   max %.3f s   (%d runs)\n", name, m / 1000, t[1] / 1000, t[NR] / 1000, NR }'
  done
fi
echo "   target: batch of 10,000 under 5 s wall, JVM start included"
echo "   load after timing:$(uptime | sed 's/.*load average://')"
