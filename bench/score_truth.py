#!/usr/bin/env python3
"""Scores wngraph on a corpus from bench/make_corpus.py against its ground
truth (DIR/truth.jsonl): precision, recall and F1 of (note, source, relation,
target) facts, names compared lower-cased without a leading "the"; "@author"
is the note's author. A fact counts when the graph has that edge with the
note among its evidence, so a "Sam" resolved to the wrong Sam (another
author's) is an error: resolution collapse shows as lost precision.

    bench/score_truth.py --wngraph build/wngraph --corpus DIR [--graphml FILE]
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

NS = "{http://graphml.graphdrawing.org/xmlns}"
SYMMETRIC = {"met_with", "partner_of"}


def norm(name):
    n = name.strip().lower()
    return n[4:] if n.startswith("the ") else n


def fact(note, s, rel, t):
    s, t = norm(s), norm(t)
    if rel in SYMMETRIC and t < s:
        s, t = t, s
    return (note, s, rel, t)


def graph_facts(path):
    facts = set()
    keys, labels = {}, {}
    for event, el in ET.iterparse(path, events=("end",)):
        if el.tag == NS + "key":
            keys[el.get("id")] = el.get("attr.name")
        elif el.tag == NS + "node":
            d = {keys.get(x.get("key")): x.text or "" for x in el.iter(NS + "data")}
            labels[el.get("id")] = d.get("label", el.get("id"))
            el.clear()
        elif el.tag == NS + "edge":
            d = {keys.get(x.get("key")): x.text or "" for x in el.iter(NS + "data")}
            rel = d.get("relation", "")
            for line in d.get("evidence", "").split("\n"):
                if ": " not in line:
                    continue
                head = line.split(": ", 1)[0]
                note = head.split(" ", 1)[1] if " " in head and head[0].isdigit() else head
                facts.add(fact(note, labels[el.get("source")], rel, labels[el.get("target")]))
            el.clear()
    return facts


def truth_facts(corpus):
    root = os.path.basename(os.path.normpath(corpus))
    facts = set()
    with open(os.path.join(corpus, "truth.jsonl"), encoding="utf-8") as f:
        for line in f:
            t = json.loads(line)
            note = root + "/" + t["note"]
            for s, rel, o in t["relations"]:
                s = t["author"] if s == "@author" else s
                o = t["author"] if o == "@author" else o
                facts.add(fact(note, s, rel, o))
    return facts


def score(predicted, truth):
    tp = len(predicted & truth)
    p = tp / len(predicted) if predicted else 0.0
    r = tp / len(truth) if truth else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--wngraph", required=True)
    ap.add_argument("--corpus", required=True)
    ap.add_argument("--graphml", help="an export of the corpus already made (else one is made)")
    a = ap.parse_args()
    path = a.graphml
    if not path:
        path = tempfile.mktemp(suffix=".graphml")
        subprocess.run([a.wngraph, "-q", "export", a.corpus, "--no-positions", "--metrics", "degree", "-o", path],
                       check=True)
    try:
        p, r, f = score(graph_facts(path), truth_facts(a.corpus))
    finally:
        if not a.graphml:
            os.remove(path)
    print("precision %.3f recall %.3f F1 %.3f" % (p, r, f))


if __name__ == "__main__":
    sys.exit(main())
