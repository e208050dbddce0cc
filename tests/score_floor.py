#!/usr/bin/python3
"""Runs shared/eval/score.py and fails below floors: each `--floor NAME=F1`
(NAME as score.py's JSON names it: ent, typed, rel:all, rel:met_with...).
The floors live in tests/CMakeLists.txt: for each set, the figures reached
minus 0.02, and never below the issues' own floors."""
import argparse
import json
import os
import subprocess
import sys
import tempfile

ap = argparse.ArgumentParser()
ap.add_argument("--score", required=True)
ap.add_argument("--gold", required=True)
ap.add_argument("--inputs", required=True)
ap.add_argument("--wngraph", required=True)
ap.add_argument("--floor", action="append", required=True, help="NAME=F1")
a = ap.parse_args()
FLOORS = {}
for f in a.floor:
    name, value = f.split("=")
    FLOORS[name] = float(value)
with tempfile.TemporaryDirectory() as d:
    out = os.path.join(d, "score.json")
    # score.py keeps its GraphML files in a mkdtemp() it never removes: give
    # it a TMPDIR that this run removes.
    env = dict(os.environ, TMPDIR=d)
    r = subprocess.run([sys.executable, a.score, "--gold", a.gold, "--inputs", a.inputs, "--wngraph", a.wngraph,
                        "--json", out], capture_output=True, text=True, env=env)
    print(r.stdout[-1500:], r.stderr[-1500:])
    if r.returncode != 0:
        print("score.py failed")
        sys.exit(1)
    s = json.load(open(out))
passed = failed = 0
for k, floor in FLOORS.items():
    f1 = s[k]["f1"]
    ok = f1 >= floor
    passed += ok
    failed += not ok
    print(f"{'ok  ' if ok else 'FAIL'} {k} F1 {f1:.3f} (floor {floor})")
print(f"{passed} passed, {failed} failed")
sys.exit(1 if failed else 0)
