#!/usr/bin/python3
"""Loads every export with a real reader and checks they agree.

For the seeds and for a fixture full of awkward names, runs
`wngraph export` in each format and checks:
  GraphML: valid against the schema (xmllint --nonet), read by NetworkX
           read_graphml and igraph Read_GraphML, with the keys wngraph promises;
  DOT:     laid out by Graphviz (dot -Tsvg) and read back with dot -Tjson;
  JSON-LD: expanded by pyld and turned into RDF, parsed by rdflib;
and that every format holds the same number of nodes and edges.
Prints 'N passed, N failed'; exits non-zero on any failure.
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile

import igraph
import networkx as nx
import rdflib
from pyld import jsonld

WN = "https://w3id.org/wngraph/vocab#"
passed = failed = 0


def check(name, ok, detail=""):
    global passed, failed
    if ok:
        passed += 1
        print(f"ok   {name}")
    else:
        failed += 1
        print(f"FAIL {name} {detail}")


def export(wngraph, fmt, inputs, out, extra=()):
    cmd = [wngraph, "export", "--format", fmt, "-o", out, *extra, *inputs]
    r = subprocess.run(cmd, capture_output=True, text=True)
    if r.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd)}: {r.stderr}")


def graphml_counts(path, schema, label):
    r = subprocess.run(["xmllint", "--nonet", "--noout", "--schema", schema, path], capture_output=True, text=True)
    check(f"{label}: graphml valid against schema", r.returncode == 0, r.stderr[-400:])
    g = nx.read_graphml(path)
    keys_ok = all({"label", "type", "labels"} <= set(d) for _, d in g.nodes(data=True))
    keys_ok &= all({"label", "relation", "weight", "evidence"} <= set(d) for *_, d in g.edges(data=True))
    check(f"{label}: networkx reads named keys", keys_ok)
    check(f"{label}: no edge of weight 0", all(d["weight"] > 0 for *_, d in g.edges(data=True)))
    ig = igraph.Graph.Read_GraphML(path)
    check(f"{label}: igraph agrees with networkx", (ig.vcount(), ig.ecount()) == (g.number_of_nodes(), g.number_of_edges()),
          f"igraph {ig.vcount()}/{ig.ecount()} networkx {g.number_of_nodes()}/{g.number_of_edges()}")
    return g.number_of_nodes(), g.number_of_edges(), g


def dot_counts(path, label):
    with tempfile.TemporaryDirectory() as d:
        svg = os.path.join(d, "g.svg")
        r = subprocess.run(["dot", "-Tsvg", "-o", svg, path], capture_output=True, text=True)
        check(f"{label}: dot -Tsvg lays it out", r.returncode == 0 and os.path.getsize(svg) > 0, r.stderr[-400:])
    r = subprocess.run(["dot", "-Tjson0", path], capture_output=True, text=True)
    if r.returncode != 0:
        check(f"{label}: dot -Tjson0 reads it", False, r.stderr[-400:])
        return -1, -1, {}
    data = json.loads(r.stdout)
    # Graphviz hands labels back as written in the file: undo DOT's escapes.
    def unescape(s):
        out, i = "", 0
        while i < len(s):
            if s[i] == "\\" and i + 1 < len(s):
                out += "\n" if s[i + 1] == "n" else s[i + 1]
                i += 2
            else:
                out += s[i]
                i += 1
        return out
    labels = {o["name"]: unescape(o.get("label", "")) for o in data.get("objects", [])}
    return len(data.get("objects", [])), len(data.get("edges", [])), labels


def jsonld_counts(path, label):
    doc = json.load(open(path, encoding="utf-8"))
    expanded = jsonld.expand(doc)
    # Nothing silently dropped: every key of every object survives expansion.
    compact_keys = {k for item in doc["@graph"] for k in item if not k.startswith("@")}
    expanded_keys = {k for item in expanded for k in item if not k.startswith("@")}
    check(f"{label}: json-ld expansion keeps every key", len(expanded_keys) >= len(compact_keys),
          f"{sorted(compact_keys)} -> {len(expanded_keys)}")
    nquads = jsonld.to_rdf(doc, {"format": "application/n-quads"})
    g = rdflib.Graph()
    g.parse(data=nquads, format="nquads")
    entity_type = rdflib.URIRef(WN + "entityType")
    relation = rdflib.URIRef(WN + "Relation")
    nodes = len(set(g.subjects(entity_type, None)))
    edges = len(set(g.subjects(rdflib.RDF.type, relation)))
    check(f"{label}: rdflib parses the triples", len(g) > 0)
    names = {str(o) for o in g.objects(None, rdflib.URIRef("https://schema.org/name"))}
    return nodes, edges, names


def run_case(args, inputs, label, extra=()):
    with tempfile.TemporaryDirectory() as d:
        paths = {f: os.path.join(d, "g." + f) for f in ["graphml", "dot", "jsonld"]}
        for f, p in paths.items():
            export(args.wngraph, f, inputs, p, extra)
        gm_n, gm_e, g = graphml_counts(paths["graphml"], args.schema, label)
        dot_n, dot_e, dot_labels = dot_counts(paths["dot"], label)
        ld_n, ld_e, ld_names = jsonld_counts(paths["jsonld"], label)
        check(f"{label}: same node count in every format ({gm_n})", gm_n == dot_n == ld_n, f"graphml {gm_n} dot {dot_n} jsonld {ld_n}")
        check(f"{label}: same edge count in every format ({gm_e})", gm_e == dot_e == ld_e, f"graphml {gm_e} dot {dot_e} jsonld {ld_e}")
        gm_labels = {d["label"] for _, d in g.nodes(data=True)}
        check(f"{label}: labels survive in json-ld", gm_labels == ld_names, str(gm_labels ^ ld_names)[:300])
        check(f"{label}: labels survive in dot", gm_labels == set(dot_labels.values()), str(gm_labels ^ set(dot_labels.values()))[:300])
        check(f"{label}: graph is not empty", gm_n > 0 and gm_e > 0)
        return gm_labels


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--wngraph", required=True)
    ap.add_argument("--seeds", required=True)
    ap.add_argument("--schema", required=True)
    ap.add_argument("--fixtures", required=True)
    a = ap.parse_args()
    run_case(a, [a.seeds], "seeds", ["--author", "Seed Author"])
    labels = run_case(a, [os.path.join(a.fixtures, "stress.md")], "stress",
                      ["--aliases", os.path.join(a.fixtures, "stress-aliases.json")])
    renames = json.load(open(os.path.join(a.fixtures, "stress-aliases.json"), encoding="utf-8"))["rename"]
    for want in list(renames.values()) + ["Zoë O'Brien"]:
        check(f"stress: name {want!r} exported intact", want in labels, str(sorted(labels)))
    print(f"{passed} passed, {failed} failed")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
