#!/usr/bin/env bash
# How long a one-year doctor's report takes, warm: the PDF and the FHIR document Bundle (issue 10).
# Runs org.crampcare.app.report.ReportTimings (a test-scope main, not a test: no thresholds in unit tests) on the
# classes of the last build and the libraries inside the application jar.
# Usage: bench/reports/run-report-timings.sh [rounds]   (build first: ./mvnw -B -pl core,cli,app -am package -DskipTests)
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
ROUNDS="${1:-30}"
JAR="$ROOT/app/target/crampcare-app.jar"
[ -f "$JAR" ] && [ -d "$ROOT/app/target/test-classes" ] || { echo "build first: ./mvnw -B -pl core,cli,app -am package -DskipTests" >&2; exit 1; }
LIBS="$ROOT/bench/target/report-libs"
rm -rf "$LIBS" && mkdir -p "$LIBS"
(cd "$LIBS" && unzip -q "$JAR" 'BOOT-INF/lib/*')
CP="$ROOT/app/target/test-classes:$ROOT/app/target/classes:$ROOT/core/target/test-classes:$(ls "$LIBS"/BOOT-INF/lib/*.jar | tr '\n' ':')"
STAMP="$(date -u +%Y%m%d-%H%M%S)"
OUT="$ROOT/bench/results/reports-$STAMP.txt"
{
  echo "# CrampCare report timings, $(date -u +%Y-%m-%dT%H:%M:%SZ), commit $(git -C "$ROOT" rev-parse --short HEAD)"
  echo "machine: $(nproc) cores, load before: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "java: $(java -version 2>&1 | head -1)"
  java -cp "$CP" org.crampcare.app.report.ReportTimings "$ROUNDS" 2>"$ROOT/bench/target/report-timings.err" | grep -v '^com.openhtmltopdf\|^[0-9:.]* \[main\]'
} | tee "$OUT"
echo "results: $OUT (the libraries' log: bench/target/report-timings.err)"
