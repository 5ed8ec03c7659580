#!/usr/bin/env bash
# Builds bench/target/benchmarks.jar and runs the JMH benchmarks; results go to stdout and bench/results/.
# Figures and discussion: docs/benchmarks.md. Run it when the machine is quiet (2 cores: any build running
# next to it shows up in the figures); the load average is recorded before and after each run.
#
#   bench/run-jmh.sh                      all of the below (about 9 minutes)
#   bench/run-jmh.sh assessment           AssessmentBenchmark (-f 2 -wi 3 -i 5, 2 s each, SampleTime, microseconds)
#   bench/run-jmh.sh load                 KnowledgeLoadBenchmark (forks and iterations from its annotations)
#   bench/run-jmh.sh c1                   AssessmentBenchmark.pipeline with C1 only, as the launcher runs the JVM
#   bench/run-jmh.sh interview            InterviewBenchmark (-f 1 -wi 3 -i 5, 1 s each, SampleTime, microseconds)
#   bench/run-jmh.sh insights             InsightsBenchmark (-f 1 -wi 3 -i 5, 1 s each, SampleTime, microseconds)
#   bench/run-jmh.sh -- ARGS...           plain JMH arguments, e.g. -- -prof gc -f 1 AssessmentBenchmark.pipeline
#
# Output: bench/results/NAME.txt (console), NAME.json (raw, git-ignored), summary.json (the figures, committed).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

LOCK="${CRAMPCARE_BUILD_LOCK:-/tmp/crampcare-build.lock}"
RESULTS="bench/results"
TMP="bench/target/tmp"     # JMH and its forks write temporary files (and JMH's lock) here, not to /tmp
mkdir -p "$RESULTS" "$TMP"
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
load() { uptime | sed 's/.*load average: //'; }

what="${1:-all}"
case "$what" in
  all|assessment|load|c1|interview|insights|--) ;;
  *) echo "usage: bench/run-jmh.sh [all|assessment|load|c1|interview|insights|-- JMH-ARGS...]" >&2; exit 64 ;;
esac

echo "== building bench/target/benchmarks.jar (flock $LOCK)"
flock "$LOCK" mvn -q -B -DskipTests -pl bench -am package

jmh() {
  local name="$1"; shift
  {
    echo "nproc: $(nproc)"
    echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')"
    "$JAVA" -version 2>&1 | sed 's/^/java: /'
    echo "date: $(date -u +%Y-%m-%dT%H:%M:%SZ)"
    echo "command: java -jar bench/target/benchmarks.jar $*"
    echo "load before: $(load)"
  } >"$RESULTS/$name.machine.txt"
  echo "== JMH $name: $* (load: $(load))"
  # the forks inherit the host JVM's options, tmpdir included
  "$JAVA" -Djava.io.tmpdir="$TMP" -jar bench/target/benchmarks.jar "$@" \
      -rf json -rff "$RESULTS/$name.json" 2>&1 | tee "$RESULTS/$name.txt"
  echo "load after: $(load)" >>"$RESULTS/$name.machine.txt"
  echo "== JMH $name done (load: $(load)); results in $RESULTS/$name.json"
}

case "$what" in
  assessment|all)
    jmh assessment -f 2 -wi 3 -w 2s -i 5 -r 2s -tu us -bm sample 'org.crampcare.bench.AssessmentBenchmark'
    ;;&
  load|all)
    # no -f/-wi/-i here: `cold` needs its own settings (20 forks, no warm-up, one call each)
    jmh knowledge-load 'org.crampcare.bench.KnowledgeLoadBenchmark'
    ;;&
  c1|all)
    jmh pipeline-c1 -f 2 -wi 3 -w 2s -i 5 -r 2s -tu us -bm sample -jvmArgsAppend '-XX:TieredStopAtLevel=1' \
        'org.crampcare.bench.AssessmentBenchmark.pipeline'
    ;;&
  interview|all)
    jmh interview -f 1 -wi 3 -w 1s -i 5 -r 1s -tu us -bm sample 'org.crampcare.bench.InterviewBenchmark'
    ;;&
  insights|all)
    jmh insights -f 1 -wi 3 -w 1s -i 5 -r 1s -tu us -bm sample 'org.crampcare.bench.InsightsBenchmark'
    ;;&
  --)
    shift
    exec "$JAVA" -Djava.io.tmpdir="$TMP" -jar bench/target/benchmarks.jar "$@"
    ;;
  *) ;;
esac

# The raw JSON of SampleTime runs holds whole histograms (megabytes); summary.json keeps the figures.
if command -v python3 >/dev/null; then
  python3 bench/summarize-jmh.py "$RESULTS"
fi
