#!/usr/bin/env python3
"""The pipeline at scale (issue 15), checked for memory and correctness, not
time: a generated corpus of 10,000 notes (bench/make_corpus.py) exported to
GraphML within a memory ceiling, and the generator's ground truth scored as
well at 10,000 notes as at 1,000 (no resolution collapse: the many Sams of
different authors stay different people)."""
import argparse
import os
import resource
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(HERE, "..", "bench"))
from checklib import check, finish  # noqa: E402
import score_truth  # noqa: E402


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--wngraph", required=True)
    ap.add_argument("--ceiling-mb", type=int, required=True)
    a = ap.parse_args()
    tmp = tempfile.mkdtemp(prefix="wngraph-scale-")
    try:
        f1 = {}
        for n in (1000, 10000):
            corpus = os.path.join(tmp, "c%d" % n)
            subprocess.run([sys.executable, os.path.join(HERE, "..", "bench", "make_corpus.py"), "--notes", str(n),
                            "--out", corpus, "--seed", "7"], check=True, capture_output=True)
            out = os.path.join(tmp, "c%d.graphml" % n)
            p = subprocess.run([a.wngraph, "-q", "export", corpus, "-o", out], capture_output=True, text=True)
            # The largest child so far: the 10,000-note run is the largest.
            peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
            check("export of %d generated notes" % n, p.returncode == 0, p.stderr[-500:])
            if n == 10000:
                check("10,000 notes exported in under %d MB (peak %.0f MB)" % (a.ceiling_mb, peak_mb),
                      peak_mb < a.ceiling_mb, "%.0f MB" % peak_mb)
            prec, rec, f = score_truth.score(score_truth.graph_facts(out), score_truth.truth_facts(corpus))
            f1[n] = f
            print("     %d notes: precision %.3f recall %.3f F1 %.3f" % (n, prec, rec, f))
        check("ground truth F1 at 10,000 notes within 0.02 of 1,000 (%.3f vs %.3f)" % (f1[10000], f1[1000]),
              f1[10000] >= f1[1000] - 0.02 and f1[1000] > 0.6)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    finish()


if __name__ == "__main__":
    main()
