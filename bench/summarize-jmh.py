#!/usr/bin/env python3
"""Collects the figures of the JMH result files in bench/results/ into bench/results/summary.json and prints them.

The raw JSON of SampleTime runs holds whole histograms (megabytes, git-ignored); summary.json keeps what
docs/benchmarks.md quotes: score, error, percentiles, settings, machine. Usage: bench/summarize-jmh.py [DIR]
"""
import glob
import json
import os
import sys

results = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "results")
summary_file = os.path.join(results, "summary.json")
summary = json.load(open(summary_file)) if os.path.exists(summary_file) else {}


def rounded(x):
    return None if x is None or x != x else round(x, 3)  # NaN (no error bar) becomes null


for path in sorted(glob.glob(os.path.join(results, "*.json"))):
    if path == summary_file:
        continue
    run = os.path.basename(path)[:-5]
    machine_file = os.path.join(results, run + ".machine.txt")
    machine = open(machine_file).read().strip().splitlines() if os.path.exists(machine_file) else []
    for r in json.load(open(path)):
        m = r["primaryMetric"]
        pct = m.get("scorePercentiles", {})
        name = r["benchmark"].replace("org.crampcare.bench.", "")
        if run not in ("assessment", "knowledge-load", "interview"):
            name += " [" + run + "]"
        summary[name] = {
            "mode": r["mode"], "unit": m["scoreUnit"],
            "score": rounded(m["score"]), "error": rounded(m["scoreError"]),
            "p50": rounded(pct.get("50.0")), "p90": rounded(pct.get("90.0")), "p99": rounded(pct.get("99.0")),
            "min": rounded(pct.get("0.0")), "max": rounded(pct.get("100.0")),
            "forks": r["forks"], "warmup": f'{r["warmupIterations"]} x {r["warmupTime"]}',
            "measurement": f'{r["measurementIterations"]} x {r["measurementTime"]}',
            "jvmArgs": r["jvmArgs"], "jmh": r["jmhVersion"], "jdk": r["vmVersion"],
            "run": run, "machine": machine,
        }

with open(summary_file, "w") as f:
    json.dump(summary, f, indent=1, sort_keys=True)
    f.write("\n")
print(f"{'benchmark':<44} {'mode':<7} {'score':>10} {'error':>9} {'p50':>10} {'p99':>10}  unit")
for name, s in sorted(summary.items()):
    err = "" if s["error"] is None else f"{s['error']:.3f}"
    print(f"{name:<44} {s['mode']:<7} {s['score']:>10.3f} {err:>9} {s['p50']:>10.3f} {s['p99']:>10.3f}  {s['unit']}")
print("written to", summary_file)
