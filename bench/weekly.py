#!/usr/bin/env python3
"""The weekly run on a store (issue 12): a first collect and export of 2,000
generated notes, then 20 new notes, then the same two commands again. The
second run reads the folder again (unchanged files are not stored twice) and
takes every old note's extraction from the store's cache, so it should take
under a tenth of the first run's time.

    bench/weekly.py --wngraph build/wngraph [--notes 2000] [--new 20]

Prints the time of each command, side by side in one run, and the ratio; a
plain `wngraph export` of the same folder (no store) is timed too."""
import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))


def timed(cmd):
    t = time.monotonic()
    p = subprocess.run(cmd, capture_output=True, text=True)
    took = time.monotonic() - t
    if p.returncode != 0:
        sys.exit("failed: %s\n%s" % (" ".join(cmd), p.stderr))
    return took


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--wngraph", required=True)
    ap.add_argument("--notes", type=int, default=2000)
    ap.add_argument("--new", type=int, default=20)
    ap.add_argument("--format", default="graphml")
    a = ap.parse_args()
    w = os.path.abspath(a.wngraph)
    tmp = tempfile.mkdtemp(prefix="wngraph-weekly-")
    try:
        corpus = os.path.join(tmp, "corpus")
        subprocess.run([sys.executable, os.path.join(HERE, "make_corpus.py"), "--notes", str(a.notes + a.new),
                        "--out", corpus, "--seed", "1"], check=True, capture_output=True)
        files = sorted(os.path.join(d, f) for d, _, fs in os.walk(corpus) for f in fs if f.endswith(".md"))
        held = os.path.join(tmp, "held")
        os.makedirs(held)
        for f in files[-a.new:]:  # the newest notes arrive next week
            shutil.move(f, os.path.join(held, os.path.basename(f)))
        os.remove(os.path.join(corpus, "truth.jsonl"))
        store = os.path.join(tmp, "w.db")
        out = os.path.join(tmp, "graph." + a.format)
        collect = [w, "-q", "collect", corpus, "--store", store]
        export = [w, "-q", "export", "-f", a.format, "--store", store, "-o", out]
        plain = [w, "-q", "export", "-f", a.format, corpus, "-o", out]
        # Reading and extraction alone: counts and degrees, no other figure,
        # no layout, nothing written (what the cache saves, undiluted).
        light = [w, "-q", "stats", "--metrics", "degree", "--store", store]
        rows = []
        t_plain = timed(plain)
        t1c, t1e = timed(collect), timed(export)
        shutil.copy(store, store + ".week1")
        os.remove(store)
        timed(collect)
        t1l = timed(light)
        os.replace(store + ".week1", store)
        for f in os.listdir(held):
            shutil.copy(os.path.join(held, f), os.path.join(corpus, "000", f))
        t2c, t2e = timed(collect), timed(export)
        t2l_store = store + ".light"
        shutil.copy(store, t2l_store)
        rows.append(("plain export of the %d notes (no store)" % a.notes, t_plain))
        rows.append(("week 1: collect %d notes" % a.notes, t1c))
        rows.append(("week 1: export from the store (extracts all)", t1e))
        rows.append(("week 2: collect again, %d new" % a.new, t2c))
        rows.append(("week 2: export from the store (extracts %d)" % a.new, t2e))
        for name, t in rows:
            print("%-50s %7.2f s" % (name, t))
        first, second = t1c + t1e, t2c + t2e
        print("first run %.2f s, second run %.2f s: ratio %.3f (target < 0.1)" % (first, second, second / first))
        t2l = timed(light[:-1] + [t2l_store])
        print("stats --metrics degree (reading, extraction, resolution): week 1 %.2f s (extracts all), "
              "week 2 %.2f s (extracts none): ratio %.3f" % (t1l, t2l, t2l / t1l))
        print("store: %.1f MB" % (os.path.getsize(store) / 1e6))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
