#!/usr/bin/env python3
"""Corpus scale (issue 15), side by side in one run: generated corpora of
1k, 10k and 100k notes (bench/make_corpus.py, seed 1) exported to GraphML
on both cores, with time, notes/s, MB/s and peak memory; reading and
extraction alone (`stats --metrics degree`) with 1 and 2 threads on the
middle size; and the generator's ground truth scored at each size up to
10k (bench/score_truth.py), to show resolution does not collapse.

    bench/scale.py --wngraph build/wngraph [--sizes 1000,10000,100000]
                   [--throughput build/bench/throughput]

With --throughput (built with WNGRAPH_BUILD_BENCHMARKS=ON), extraction alone
(text to facts, notes already read) is also timed on 1 and 2 threads.
"""
import argparse
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import score_truth  # noqa: E402


def measured(cmd):
    """(seconds, peak MB) of a command, by GNU time."""
    p = subprocess.run(["/usr/bin/time", "-f", "%e %M"] + cmd, capture_output=True, text=True)
    if p.returncode != 0:
        sys.exit("failed: %s\n%s" % (" ".join(cmd), p.stderr[-2000:]))
    secs, kb = p.stderr.strip().splitlines()[-1].split()
    return float(secs), int(kb) / 1024


def corpus_bytes(d):
    return sum(os.path.getsize(os.path.join(r, f)) for r, _, fs in os.walk(d) for f in fs if f.endswith(".md"))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--wngraph", required=True)
    ap.add_argument("--sizes", default="1000,10000,100000")
    ap.add_argument("--keep", help="keep the corpora in this folder (made once, reused)")
    ap.add_argument("--throughput", help="bench/throughput, to time extraction alone on 1 and 2 threads")
    a = ap.parse_args()
    w = os.path.abspath(a.wngraph)
    sizes = [int(x) for x in a.sizes.split(",")]
    tmp = a.keep or tempfile.mkdtemp(prefix="wngraph-scale-")
    os.makedirs(tmp, exist_ok=True)
    rows = []
    try:
        for n in sizes:
            corpus = os.path.join(tmp, "c%d" % n)
            if not os.path.exists(os.path.join(corpus, "truth.jsonl")):
                subprocess.run([sys.executable, os.path.join(HERE, "make_corpus.py"), "--notes", str(n), "--out",
                                corpus, "--seed", "1"], check=True, capture_output=True)
            mb = corpus_bytes(corpus) / 1e6
            out = os.path.join(tmp, "c%d.graphml" % n)
            secs, peak = measured([w, "-q", "export", corpus, "-j", "2", "-o", out])
            f1 = ""
            if n <= 10000:
                p, r, f = score_truth.score(score_truth.graph_facts(out), score_truth.truth_facts(corpus))
                f1 = "%.3f" % f
            os.remove(out)
            rows.append((n, mb, secs, peak, f1))
            print("%7d notes %7.1f MB: export %7.2f s, %6.0f notes/s, %5.2f MB/s, peak %6.0f MB, truth F1 %s"
                  % (n, mb, secs, n / secs, mb / secs, peak, f1 or "-"), flush=True)
        for (n1, _, t1, _, _), (n2, _, t2, _, _) in zip(rows, rows[1:]):
            print("%dx the notes (%d -> %d): %.1fx the time" % (n2 // n1, n1, n2, t2 / t1))
        mid = sizes[len(sizes) // 2] if len(sizes) > 1 else sizes[0]
        corpus = os.path.join(tmp, "c%d" % mid)
        mb = corpus_bytes(corpus) / 1e6
        t1, m1 = measured([w, "-q", "stats", corpus, "--metrics", "degree", "-j", "1"])
        t2, m2 = measured([w, "-q", "stats", corpus, "--metrics", "degree", "-j", "2"])
        print("reading and extraction, %d notes: 1 thread %.2f s (%.2f MB/s, peak %.0f MB), "
              "2 threads %.2f s (%.2f MB/s, peak %.0f MB): %.2fx" % (mid, t1, mb / t1, m1, t2, mb / t2, m2, t1 / t2))
        if a.throughput:
            rates = []
            for threads in (1, 2):
                p = subprocess.run([a.throughput, corpus, "--passes", "2", "--threads", str(threads)],
                                   capture_output=True, text=True, check=True)
                rates.append(float(p.stdout.split("MB/s")[1]))
            print("extraction alone (text to facts), %d notes: 1 thread %.2f MB/s, 2 threads %.2f MB/s: %.2fx"
                  % (mid, rates[0], rates[1], rates[1] / rates[0]))
    finally:
        if not a.keep:
            shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
