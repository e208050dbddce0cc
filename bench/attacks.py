#!/usr/bin/env python3
"""Hostile and oversized inputs (issue 16), each at two sizes side by side:
seconds and peak memory (max RSS) of one wngraph run, and how time and memory
grow from the small size to the large one (x4 the input: linear is ~4x).

  bench/attacks.py [--wngraph build/wngraph] [--only NAME] [--keep DIR]

A benchmark, not a test: it reports, and marks a run over its memory bound
(100 MB for the attacks) or one that failed. bench/run calls it.
"""
import argparse
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time

FIRST = ["Kay", "Ravi", "Ann", "Tom", "Priya", "Sam", "Lee", "Jo", "Amir", "Beth", "Femi", "Ola", "Mei", "Dan"]
LAST = ["Brown", "Patel", "Lee", "Okafor", "Shah", "Nowak", "Evans", "Clarke", "Singh", "Hughes", "Jones", "Khan"]
PLACES = ["Hackney Council", "Camden Council", "LOTI", "the Local Government Association", "NHS England",
          "Essex County Council", "the Government Digital Service"]


def person(rng, i):
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}{'' if i < 0 else 'son' * (i % 3)}"


def big_note(path, megabytes):
    """Ordinary weeknote prose, ~megabytes MB in one note."""
    rng = random.Random(7)
    with open(path, "w") as f:
        f.write("Weeknote w/c 6 January 2025\n\n")
        size, i = 0, 0
        while size < megabytes << 20:
            p = (f"On Tuesday I met {person(rng, i)} from {rng.choice(PLACES)} to talk about the data "
                 f"platform. {person(rng, i + 1)} presented our roadmap to the Digital Board. We are "
                 f"working with {rng.choice(PLACES)} on the cyber plan.\n\n")
            f.write(p)
            size += len(p)
            i += 1


def names_sentence(path, n):
    with open(path, "w") as f:
        f.write("This week I met " + ", ".join(f"Kay Brown{i}" for i in range(n)) + ".\n")


def capitals(path, n):
    """One capitalised run of n words: one name as long as the sentence."""
    with open(path, "w") as f:
        f.write(" ".join(["Big"] * n) + " Board met.\n")


def names_per_sentence(path, n):
    with open(path, "w") as f:
        f.write("".join(f"I met Kay Brown{i}. " for i in range(n)) + "\n")


def utf7_feed(path, kb):
    """An RSS feed in UTF-7 whose entities would expand without bound."""
    head = '<?xml version="1.0" encoding="UTF-7"?>\n+ADw-!DOCTYPE rss +AFs-'
    ents = "".join(f'+ADw-!ENTITY e{i} "+ACY-e{i - 1};+ACY-e{i - 1};+ACY-e{i - 1};"+AD4-' for i in range(1, 40))
    body = '+AF0-+AD4-\n+ADw-rss version="2.0"+AD4-+ADw-channel+AD4-'
    item = "+ADw-item+AD4-+ADw-title+AD4-t+ADw-/title+AD4-+ADw-description+AD4-+ACY-e39;+ADw-/description+AD4-+ADw-/item+AD4-\n"
    with open(path, "w") as f:
        f.write(head + '+ADw-!ENTITY e0 "aaaaaaaaaa"+AD4-' + ents + body)
        size = 0
        while size < kb << 10:
            f.write(item)
            size += len(item)
        f.write("+ADw-/channel+AD4-+ADw-/rss+AD4-\n")


def utf16_graphml(path, kb):
    """GraphML in UTF-16 with a billion-laughs DOCTYPE and many nodes."""
    laughs = "".join(f'<!ENTITY l{i} "&l{i - 1};&l{i - 1};&l{i - 1};&l{i - 1};">' for i in range(1, 30))
    parts = ['<?xml version="1.0" encoding="UTF-16"?>\n<!DOCTYPE graphml [<!ENTITY l0 "lol">', laughs, "]>\n",
             '<graphml xmlns="http://graphml.graphdrawing.org/xmlns"><graph edgedefault="undirected">']
    size, i = 0, 0
    while size < kb << 10:
        s = f'<node id="n{i}"/><edge source="n{i}" target="n{i // 2}"/><data key="d">&l29;</data>'
        parts.append(s)
        size += 2 * len(s)
        i += 1
    parts.append("</graph></graphml>\n")
    with open(path, "wb") as f:
        f.write("".join(parts).encode("utf-16"))


def long_gazetteer(folder, words):
    """One gazetteer entry of `words` words, and a note of long sentences."""
    gaz = os.path.join(folder, f"gaz{words}.tsv")
    with open(gaz, "w") as f:
        f.write("Organisation\t" + " ".join(f"Word{i}" for i in range(words)) + "\n")
    note = os.path.join(folder, f"gaz{words}.txt")
    with open(note, "w") as f:
        for _ in range(200):
            f.write("I met " + " ".join(f"Word{i}" for i in range(words // 2)) + " at the Digital Board.\n")
    return gaz, note


def measured(cmd):
    """Runs cmd under a fresh Python child so RUSAGE_CHILDREN is its own."""
    helper = ("import resource,subprocess,sys,time;t=time.perf_counter();"
              "p=subprocess.run(sys.argv[1:],stdout=subprocess.DEVNULL,stderr=subprocess.PIPE);"
              "s=time.perf_counter()-t;"
              "print(s,resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss,p.returncode);"
              "sys.stderr.write(p.stderr.decode(errors='replace')[-400:])")
    p = subprocess.run([sys.executable, "-c", helper] + cmd, capture_output=True, text=True)
    seconds, kb, rc = p.stdout.split()
    return float(seconds), int(kb) / 1024, int(rc), p.stderr


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--wngraph", default="build/wngraph")
    ap.add_argument("--only", help="run one case")
    ap.add_argument("--keep", help="write the inputs here and keep them")
    args = ap.parse_args()
    wn = os.path.realpath(args.wngraph)
    folder = args.keep or tempfile.mkdtemp(prefix="wngraph-attacks-")
    os.makedirs(folder, exist_ok=True)

    def f(name):
        return os.path.join(folder, name)

    # name, bound in MB (None: no bound, a large ordinary input), expected
    # exit code, (small, large) inputs as (make, command) pairs.
    cases = []

    def case(name, bound, rc, small, large, make, command, superlinear=None):
        cases.append((name, bound, rc, small, large, make, command, superlinear))

    # Reading, extraction, resolution and the graph: `stats` with degree only.
    # The path figures (betweenness, closeness) are exact, O(nodes x edges)
    # by definition; the last row shows what they cost on the largest graph.
    stats = [wn, "-q", "stats", "--metrics", "degree"]
    case("100 MB note (MB)", None, 0, 25, 100, lambda s: big_note(f(f"note{s}.txt"), s),
         lambda s: stats + [f(f"note{s}.txt")])
    case("names in one sentence", 100, 0, 25000, 100000, lambda s: names_sentence(f(f"sentence{s}.txt"), s),
         lambda s: stats + [f(f"sentence{s}.txt")])
    case("one name of n words", 100, 0, 40000, 160000, lambda s: capitals(f(f"capitals{s}.txt"), s),
         lambda s: stats + [f(f"capitals{s}.txt")])
    case("one name per sentence", None, 0, 25000, 100000, lambda s: names_per_sentence(f(f"each{s}.txt"), s),
         lambda s: stats + [f(f"each{s}.txt")])
    case("UTF-7 entity feed (KB)", 100, 0, 310, 1240, lambda s: utf7_feed(f(f"feed{s}.xml"), s),
         lambda s: [wn, "-q", "stats", f(f"feed{s}.xml")])
    case("UTF-16 entity GraphML (KB)", 100, 1, 620, 2480, lambda s: utf16_graphml(f(f"graph{s}.graphml"), s),
         lambda s: [wn, "-q", "metrics", f(f"graph{s}.graphml"), "-o", f(f"graph{s}.out.graphml")])
    case("gazetteer entry (words)", 100, 0, 500, 2000, lambda s: long_gazetteer(folder, s),
         lambda s: stats + ["--gazetteer", f(f"gaz{s}.tsv"), f(f"gaz{s}.txt")])
    case("same, every figure", None, 0, 25000, 100000, lambda s: names_per_sentence(f(f"each{s}.txt"), s),
         lambda s: [wn, "-q", "stats", f(f"each{s}.txt")], superlinear="exact path figures: O(V.E)")

    print(f"wngraph: {wn}\ninputs: {folder}\n")
    print(f"{'case':28} {'size':>8} {'seconds':>8} {'MB':>7}   {'size':>8} {'seconds':>8} {'MB':>7}   "
          f"{'time x':>6} {'mem x':>6}  verdict")
    bad = 0
    for name, bound, rc, small, large, make, command, superlinear in cases:
        if args.only and args.only not in name:
            continue
        row = []
        verdict = []
        for s in (small, large):
            make(s)
            sec, mb, got, err = measured(command(s))
            row.append((s, sec, mb))
            if got != rc:
                verdict.append(f"exit {got}, expected {rc}: {err.strip().splitlines()[-1] if err.strip() else ''}")
            if bound and mb > bound:
                verdict.append(f"{mb:.0f} MB over {bound} MB")
        (s1, t1, m1), (s2, t2, m2) = row
        tx = t2 / t1 if t1 > 0 else float("nan")
        mx = m2 / m1 if m1 > 0 else float("nan")
        # Linear: x4 input, ~x4 time; flag x8 and more (quadratic is x16).
        if tx > 8 and not superlinear:
            verdict.append(f"time grew x{tx:.1f} for x{s2 // s1} input")
        bad += bool(verdict)
        if superlinear and not verdict:
            verdict.append(f"expected: {superlinear}")
        print(f"{name:28} {s1:>8} {t1:8.2f} {m1:7.1f}   {s2:>8} {t2:8.2f} {m2:7.1f}   {tx:6.1f} {mx:6.1f}  "
              + ("; ".join(verdict) if verdict else "ok"))
    if not args.keep:
        shutil.rmtree(folder, ignore_errors=True)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
