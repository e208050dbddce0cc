#!/usr/bin/python3
"""Betweenness side by side on one GraphML file: wngraph vs igraph vs NetworkX.

Writes a Barabasi-Albert graph (default 10,000 nodes, m=5: ~50,000 edges) as
GraphML, then times in this one run:
  wngraph metrics --metrics betweenness  exact, 1 thread / 2 threads
  wngraph metrics --metrics betweenness  approximate, epsilon 0.01
  igraph Graph.betweenness()  (single-threaded C)
  NetworkX betweenness_centrality, on k sampled sources, scaled to all n
    (exact NetworkX on 10,000 nodes takes many minutes; the sample's time
    per source is what is scaled, and the row says so)
Each figure is the best of --repeat runs. Two times are kept for wngraph: the
whole command (reading, projecting, computing, writing the GraphML) and the
betweenness computation alone, as `wngraph -v metrics` reports it; igraph's
time is its betweenness() call alone (reading the file is timed apart).
The targets are about computing betweenness, so the ratios use compute times;
whole-command ratios are printed beside them.
"""
import argparse
import os
import re
import subprocess
import sys
import tempfile
import time

import igraph
import networkx as nx


def best(f, repeat):
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        f()
        times.append(time.perf_counter() - t)
    return min(times)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--wngraph", required=True)
    ap.add_argument("--nodes", type=int, default=10000)
    ap.add_argument("--m", type=int, default=5)
    ap.add_argument("--repeat", type=int, default=2)
    ap.add_argument("--nx-sources", type=int, default=200)
    a = ap.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "ba.graphml")
        G = nx.relabel_nodes(nx.barabasi_albert_graph(a.nodes, a.m, seed=42), str)
        nx.write_graphml(G, path)
        n, m = G.number_of_nodes(), G.number_of_edges()
        out = os.path.join(tmp, "out.graphml")

        def wn(*flags):
            r = subprocess.run([a.wngraph, "-v", "metrics", path, "-o", out, "--metrics", "betweenness", *flags],
                               check=True, capture_output=True, text=True)
            m = re.search(r"betweenness: ([0-9.]+) s", r.stderr)
            return float(m.group(1))

        def timed(f):
            t = time.perf_counter()
            x = f()
            return time.perf_counter() - t, x

        def best_pair(f):
            runs = [timed(f) for _ in range(a.repeat)]
            return min(r[0] for r in runs), min(r[1] for r in runs)

        rows = []  # (name, whole command seconds, compute seconds)
        for name, flags in [("wngraph exact, 1 thread", ["--betweenness", "exact", "-j", "1"]),
                            ("wngraph exact, 2 threads", ["--betweenness", "exact", "-j", "2"]),
                            ("wngraph approx eps=0.01, 1 thread", ["--betweenness", "approx", "--epsilon", "0.01",
                                                                   "-j", "1"]),
                            ("wngraph approx eps=0.01, 2 threads", ["--betweenness", "approx", "--epsilon", "0.01",
                                                                    "-j", "2"])]:
            whole, compute = best_pair(lambda: wn(*flags))
            rows.append((name, whole, compute))

        g = igraph.Graph.Read_GraphML(path)
        load = best(lambda: igraph.Graph.Read_GraphML(path), a.repeat)
        ig = best(lambda: g.betweenness(directed=False), a.repeat)
        rows.append(("igraph betweenness (1 thread)", ig + load, ig))

        k = min(a.nx_sources, n)
        t = time.perf_counter()
        nx.betweenness_centrality(G, k=k, seed=1)
        nx_time = (time.perf_counter() - t) * n / k
        rows.append((f"networkx betweenness (scaled from {k} sources)", float("nan"), nx_time))

    print(f"Barabasi-Albert graph: {n} nodes, {m} edges; {os.cpu_count()} cores\n")
    print(f"{'run':52} {'command s':>10} {'compute s':>10}")
    for name, whole, compute in rows:
        print(f"{name:52} {whole:10.2f} {compute:10.3f}")
    C = {name: compute for name, _, compute in rows}
    W = {name: whole for name, whole, _ in rows}
    ig_t = C["igraph betweenness (1 thread)"]
    e1, e2 = C["wngraph exact, 1 thread"], C["wngraph exact, 2 threads"]
    a1, a2 = C["wngraph approx eps=0.01, 1 thread"], C["wngraph approx eps=0.01, 2 threads"]
    nx_t = rows[-1][2]
    print()
    ratios = [
        ("exact 1 thread / igraph", e1 / ig_t, "<= 1.0", e1 / ig_t <= 1.0),
        ("exact 2 threads / igraph", e2 / ig_t, "<= 0.6", e2 / ig_t <= 0.6),
        ("exact / approx eps 0.01 (1 thread)", e1 / a1, ">= 20", e1 / a1 >= 20),
        ("exact / approx eps 0.01 (2 threads)", e2 / a2, ">= 20", e2 / a2 >= 20),
        ("networkx (scaled) / exact 1 thread", nx_t / e1, "", True),
    ]
    print("compute-time ratios (the targets):")
    for name, r, target, ok in ratios:
        print(f"  {name:40} {r:8.2f}x  {('target ' + target + (' met' if ok else ' MISSED')) if target else ''}")
    print("whole-command ratios (reading and writing the GraphML included):")
    for name, r in [("exact 1 thread / igraph incl. reading", W["wngraph exact, 1 thread"] / W["igraph betweenness (1 thread)"]),
                    ("exact 2 threads / igraph incl. reading", W["wngraph exact, 2 threads"] / W["igraph betweenness (1 thread)"]),
                    ("exact / approx (2 threads)", W["wngraph exact, 2 threads"] / W["wngraph approx eps=0.01, 2 threads"])]:
        print(f"  {name:40} {r:8.2f}x")
    sys.exit(0 if all(ok for *_, ok in ratios) else 1)


if __name__ == "__main__":
    main()
