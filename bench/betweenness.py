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
Each wngraph and igraph figure is the best of --repeat runs. wngraph times are
whole commands (reading and writing the GraphML included); igraph's include
reading the file too. Prints a table and the ratios the targets are about.
"""
import argparse
import os
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
            return lambda: subprocess.run([a.wngraph, "metrics", path, "-o", out, "--metrics", "betweenness", *flags],
                                          check=True)

        rows = []
        rows.append(("wngraph exact, 1 thread", best(wn("--betweenness", "exact", "--threads", "1"), a.repeat)))
        rows.append(("wngraph exact, 2 threads", best(wn("--betweenness", "exact", "--threads", "2"), a.repeat)))
        rows.append(("wngraph approx eps=0.01, 2 threads",
                     best(wn("--betweenness", "approx", "--epsilon", "0.01", "--threads", "2"), a.repeat)))
        rows.append(("wngraph read+write only (--metrics degree)",
                     best(lambda: subprocess.run([a.wngraph, "metrics", path, "-o", out, "--metrics", "degree"],
                                                 check=True), a.repeat)))

        def ig():
            g = igraph.Graph.Read_GraphML(path)
            g.betweenness(directed=False)
        rows.append(("igraph betweenness (1 thread)", best(ig, a.repeat)))

        k = min(a.nx_sources, n)
        t = time.perf_counter()
        nx.betweenness_centrality(G, k=k, seed=1)
        nx_time = (time.perf_counter() - t) * n / k
        rows.append((f"networkx betweenness (scaled from {k} sources)", nx_time))

    T = dict(rows)
    print(f"Barabasi-Albert graph: {n} nodes, {m} edges; {os.cpu_count()} cores\n")
    print(f"{'run':52} {'seconds':>9}")
    for name, secs in rows:
        print(f"{name:52} {secs:9.2f}")
    ig_t = T["igraph betweenness (1 thread)"]
    e1, e2 = T["wngraph exact, 1 thread"], T["wngraph exact, 2 threads"]
    ap_t = T["wngraph approx eps=0.01, 2 threads"]
    nx_t = rows[-1][1]
    print()
    ratios = [
        ("exact 1 thread / igraph", e1 / ig_t, "<= 1.0", e1 / ig_t <= 1.0),
        ("exact 2 threads / igraph", e2 / ig_t, "<= 0.6", e2 / ig_t <= 0.6),
        ("exact 2 threads / approx eps 0.01", e2 / ap_t, ">= 20", e2 / ap_t >= 20),
        ("networkx (scaled) / exact 1 thread", nx_t / e1, "", True),
    ]
    for name, r, target, ok in ratios:
        print(f"{name:40} {r:8.2f}x  {('target ' + target + (' met' if ok else ' MISSED')) if target else ''}")
    sys.exit(0 if all(ok for *_, ok in ratios) else 1)


if __name__ == "__main__":
    main()
