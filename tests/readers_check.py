#!/usr/bin/python3
"""Loads every export with a real reader and checks they agree.

For the seeds and for a fixture full of awkward names, runs
`wngraph export` in each format and checks:
  GraphML: valid against the schema (xmllint --nonet), read by NetworkX
           read_graphml and igraph Read_GraphML, with the keys wngraph promises;
  DOT:     laid out by Graphviz (dot -Tsvg) and read back with dot -Tjson;
  JSON-LD: expanded by pyld and turned into RDF, parsed by rdflib (a
           BlogPosting per note, a TextQuoteSelector per evidence sentence,
           dates typed);
  N-Quads, Turtle: parsed by rdflib, isomorphic with pyld's RDF of the
           JSON-LD;
  GEXF:    1.2draft as written, read by NetworkX read_gexf with no
           rewriting, dynamic, with spells; 1.3 (--gexf-version 1.3) checked
           for its typed dates;
  Neo4j:   every CSV read by Python's csv with neo4j-admin headers, every
           :START_ID/:END_ID resolving to a node id;
and that every format holds the same number of nodes and edges.
Prints 'N passed, N failed'; exits non-zero on any failure.
"""
import argparse
import datetime
import json
import math
import os
import subprocess
import xml.etree.ElementTree as ET
import sys
import tempfile

import igraph
import networkx as nx
import rdflib
from rdflib.compare import isomorphic
from pyld import jsonld

WN = "https://w3id.org/wngraph/vocab#"
from checklib import check, finish


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
    # Neo4j APOC's GraphML import, replayed: a relationship's type is the
    # `label` attribute of <edge>, else the text of its <data> whose key id is
    # "label"; a node's labels come from the data keyed "labels".
    ns = "{http://graphml.graphdrawing.org/xmlns}"
    root = ET.parse(path).getroot()
    types, wrong = 0, []
    for e in root.iter(ns + "edge"):
        t = e.get("label")
        if t is None:
            t = next((d.text for d in e.findall(ns + "data") if d.get("key") == "label"), None)
        rel = next((d.text for d in e.findall(ns + "data") if d.get("key") == "relation"), "")
        types += 1
        if t != rel.upper():
            wrong.append((t, rel))
    check(f"{label}: APOC types every relationship by its relation", types > 0 and not wrong, str(wrong[:3]))
    ig = igraph.Graph.Read_GraphML(path)
    check(f"{label}: igraph agrees with networkx", (ig.vcount(), ig.ecount()) == (g.number_of_nodes(), g.number_of_edges()),
          f"igraph {ig.vcount()}/{ig.ecount()} networkx {g.number_of_nodes()}/{g.number_of_edges()}")
    return g.number_of_nodes(), g.number_of_edges(), g


def dot_unescape(s):
    """Graphviz hands strings back as written in the file: undo DOT's escapes."""
    out, i = "", 0
    while i < len(s):
        if s[i] == "\\" and i + 1 < len(s):
            out += "\n" if s[i + 1] == "n" else s[i + 1]
            i += 2
        else:
            out += s[i]
            i += 1
    return out


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
    labels = {o["name"]: dot_unescape(o.get("label", "")) for o in data.get("objects", [])}
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
    # Every assertion of the compact document is one triple: nothing dropped,
    # nothing invented.
    def triples(obj):
        n = 0
        for k, v in obj.items():
            if k in ("@id", "@context"):
                continue
            for item in (v if isinstance(v, list) else [v]):
                n += 1
                if isinstance(item, dict) and "@value" not in item and set(item) != {"@id"}:
                    n += triples(item)
        return n
    expected = sum(triples(x) for x in doc["@graph"])
    check(f"{label}: rdflib holds exactly the document's {expected} triples", len(g) == expected, f"{len(g)}")
    names = {str(o) for o in g.objects(None, rdflib.URIRef("https://schema.org/name"))}
    first = [o for o in g.objects(None, rdflib.URIRef(WN + "firstSeen"))]
    check(f"{label}: json-ld dates are typed (xsd:date, xsd:gYearMonth...)",
          first and all(o.datatype is not None and str(o.datatype).startswith(str(rdflib.XSD)) for o in first),
          str(first[:3]))
    return nodes, edges, names, g


def rdf_same(path, fmt, reference, label):
    """The N-Quads or Turtle export parsed by rdflib: the very RDF pyld made
    of the JSON-LD (isomorphic: blank nodes aside, triple for triple)."""
    g = rdflib.Graph()
    g.parse(path, format=fmt)
    check(f"{label}: {fmt} holds the json-ld's RDF ({len(reference)} triples)",
          len(g) == len(reference) and isomorphic(g, reference), f"{len(g)} triples")


def gexf_counts(path, label):
    text = open(path, encoding="utf-8").read()
    check(f"{label}: gexf is 1.2draft and dynamic", 'version="1.2"' in text and 'mode="dynamic"' in text)
    # NetworkX reads the file as written: no rewriting of namespaces.
    g = nx.read_gexf(path)
    labels = {d.get("label") for _, d in g.nodes(data=True)}
    return g.number_of_nodes(), g.number_of_edges(), labels, g


def neo4j_counts(folder, label):
    import csv
    nodes, edges, labels = {}, 0, set()
    ok_headers = True
    for name in sorted(os.listdir(folder)):
        if not name.endswith(".csv"):
            continue
        with open(os.path.join(folder, name), newline="", encoding="utf-8") as f:
            rows = list(csv.reader(f))
        header, body = rows[0], rows[1:]
        if name.startswith("nodes_"):
            ok_headers &= header[0] == "id:ID(Entity)" and header[-1] == ":LABEL"
            for r in body:
                nodes[r[0]] = r[-1]
                labels.add(r[1])
                ok_headers &= r[-1].split(";")[0] == name[len("nodes_"):-4]
        else:
            ok_headers &= header[:3] == [":START_ID(Entity)", ":END_ID(Entity)", ":TYPE"] and "weight:int" in header
            for r in body:
                edges += 1
                ok_headers &= r[2] == name[len("rels_"):-4]
                ok_headers &= r[0] in nodes and r[1] in nodes
    check(f"{label}: neo4j headers, labels, and every start/end id resolves", ok_headers)
    cypher = open(os.path.join(folder, "import.cypher"), encoding="utf-8").read()
    check(f"{label}: neo4j import.cypher merges and constrains", "MERGE (n:Entity" in cypher and "CREATE CONSTRAINT" in cypher)
    return len(nodes), edges, labels


def run_case(args, inputs, label, extra=()):
    with tempfile.TemporaryDirectory() as d:
        paths = {f: os.path.join(d, "g." + f) for f in ["graphml", "dot", "jsonld", "gexf", "neo4j", "nquads", "turtle"]}
        for f, p in paths.items():
            export(args.wngraph, f, inputs, p, extra)
        gm_n, gm_e, g = graphml_counts(paths["graphml"], args.schema, label)
        dot_n, dot_e, dot_labels = dot_counts(paths["dot"], label)
        ld_n, ld_e, ld_names, ld_rdf = jsonld_counts(paths["jsonld"], label)
        rdf_same(paths["nquads"], "nquads", ld_rdf, label)
        rdf_same(paths["turtle"], "turtle", ld_rdf, label)
        gx_n, gx_e, gx_labels, gx = gexf_counts(paths["gexf"], label)
        n4_n, n4_e, n4_labels = neo4j_counts(paths["neo4j"], label)
        check(f"{label}: same node count in every format ({gm_n})", gm_n == dot_n == ld_n == gx_n == n4_n,
              f"graphml {gm_n} dot {dot_n} jsonld {ld_n} gexf {gx_n} neo4j {n4_n}")
        check(f"{label}: same edge count in every format ({gm_e})", gm_e == dot_e == ld_e == gx_e == n4_e,
              f"graphml {gm_e} dot {dot_e} jsonld {ld_e} gexf {gx_e} neo4j {n4_e}")
        check(f"{label}: labels survive in gexf and neo4j", gx_labels == n4_labels == {x["label"] for _, x in g.nodes(data=True)})
        # The graph in memory, edge for edge: GEXF edges carry the same relations.
        gm_rel = sorted((g.nodes[a]["label"], x["relation"], g.nodes[b]["label"]) for a, b, x in g.edges(data=True))
        gx_rel = sorted((gx.nodes[a]["label"], x["relation"], gx.nodes[b]["label"]) for a, b, x in gx.edges(data=True))
        check(f"{label}: gexf edges equal graphml edges", gm_rel == gx_rel)
        # Positions from the map's layout: NetworkX reads them from both files.
        gm_xy = {g.nodes[v]["label"]: (g.nodes[v].get("x"), g.nodes[v].get("y")) for v in g.nodes}
        gx_xy = {gx.nodes[v]["label"]: (gx.nodes[v].get("viz", {}).get("position", {}).get("x"),
                                        gx.nodes[v].get("viz", {}).get("position", {}).get("y")) for v in gx.nodes}
        finite = all(isinstance(c, float) and math.isfinite(c) for xy in gm_xy.values() for c in xy)
        check(f"{label}: every graphml node has a finite x and y", finite, str(list(gm_xy.items())[:3]))
        check(f"{label}: gexf viz:position equals graphml x, y", gm_xy == gx_xy, str(list(gx_xy.items())[:3]))
        check(f"{label}: positions spread out (not one point)", len(set(gm_xy.values())) == len(gm_xy))
        # JSON-LD: one BlogPosting per note, one quoted sentence per mention.
        doc = json.load(open(paths["jsonld"], encoding="utf-8"))
        posts = sum(1 for x in doc["@graph"] if x.get("@type") == "BlogPosting")
        stats = subprocess.run([args.wngraph, "stats", *extra, *inputs], capture_output=True, text=True).stdout
        notes = int(stats.split("notes: ")[1].split()[0])
        check(f"{label}: json-ld has a BlogPosting per note ({notes})", posts == notes, f"{posts}")
        quotes = sum(len(x.get("wn:evidence", [])) for x in doc["@graph"] if x.get("@type") == "wn:Relation")
        # Edge for edge in JSON-LD and Neo4j too.
        names = {x["@id"]: x["name"] for x in doc["@graph"] if "wn:entityType" in x}
        ld_rel = sorted((names[x["wn:source"]], x["wn:relation"], names[x["wn:target"]])
                        for x in doc["@graph"] if x.get("@type") == "wn:Relation")
        check(f"{label}: json-ld edges equal graphml edges", ld_rel == gm_rel)
        import csv
        n4_names, n4_rel = {}, []
        for name in sorted(os.listdir(paths["neo4j"])):
            if name.startswith("nodes_"):
                for r in list(csv.reader(open(os.path.join(paths["neo4j"], name), newline="", encoding="utf-8")))[1:]:
                    n4_names[r[0]] = r[1]
        for name in sorted(os.listdir(paths["neo4j"])):
            if name.startswith("rels_"):
                for r in list(csv.reader(open(os.path.join(paths["neo4j"], name), newline="", encoding="utf-8")))[1:]:
                    n4_rel.append((n4_names[r[0]], r[3], n4_names[r[1]]))
        check(f"{label}: neo4j edges equal graphml edges", sorted(n4_rel) == gm_rel)
        check(f"{label}: json-ld quotes every evidence sentence", quotes == sum(int(x["weight"]) for *_, x in g.edges(data=True)))
        gm_labels = {d["label"] for _, d in g.nodes(data=True)}
        check(f"{label}: labels survive in json-ld", gm_labels == ld_names, str(gm_labels ^ ld_names)[:300])
        check(f"{label}: labels survive in dot", gm_labels == set(dot_labels.values()), str(gm_labels ^ set(dot_labels.values()))[:300])
        check(f"{label}: graph is not empty", gm_n > 0 and gm_e > 0)
        return gm_labels


def long_strings_case(args):
    """One meeting written up in 150 notes: the edge's evidence runs past
    Graphviz's 16,384-byte limit on a quoted string, and every reader still
    takes the whole of it."""
    with tempfile.TemporaryDirectory() as d:
        notes = os.path.join(d, "notes")
        os.makedirs(notes)
        for i in range(150):
            with open(os.path.join(notes, "week-%03d.md" % i), "w", encoding="utf-8") as f:
                day = datetime.date(2024, 1, 1) + datetime.timedelta(days=7 * i)
                f.write("---\ndate: %s\n---\n# Week %d\n\nThis week I met Kay Brown from Made Tech to talk through the housing "
                        "repairs discovery, what Zo\u00eb's interviews found, and the next steps.\n" % (day.isoformat(), i))
        gm = run_case(args, [notes], "long strings", ["--author", "Long Author"])
        check("long strings: the graph has Kay Brown", "Kay Brown" in gm, str(sorted(gm)))
        graphml, dot = os.path.join(d, "g.graphml"), os.path.join(d, "g.dot")
        export(args.wngraph, "graphml", [notes], graphml, ["--author", "Long Author"])
        export(args.wngraph, "dot", [notes], dot, ["--author", "Long Author"])
        import networkx as nx
        g = nx.read_graphml(graphml)
        evidence = max((x["evidence"] for *_, x in g.edges(data=True)), key=len)
        check("long strings: an evidence longer than 16,384 bytes", len(evidence.encode()) > 16384,
              str(len(evidence.encode())))
        r = subprocess.run(["dot", "-Tjson0", dot], capture_output=True, text=True)
        check("long strings: dot -Tjson0 reads the DOT", r.returncode == 0, r.stderr[-400:])
        if r.returncode == 0:
            read = max((e.get("evidence", "") for e in json.loads(r.stdout).get("edges", [])), key=len)
            check("long strings: Graphviz reads the whole evidence, as GraphML has it",
                  dot_unescape(read) == evidence, "%d vs %d" % (len(read), len(evidence)))


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
    long_strings_case(a)
    finish()


if __name__ == "__main__":
    main()
