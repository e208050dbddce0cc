#!/usr/bin/python3
"""Checks `wngraph metrics` against NetworkX and igraph.

On Erdos-Renyi and Barabasi-Albert graphs of several sizes (connected and
not) and on the seeds' graph: degree, betweenness and closeness within 1e-9
relative, PageRank and eigenvector within 1e-6, Louvain modularity within 0.02
of igraph's community_multilevel; weighted variants; approximate betweenness
within its stated bound; identical bytes whatever the thread count.
Prints 'N passed, N failed'.
"""
import argparse
import math
import os
import random
import subprocess
import sys
import tempfile

import igraph
import networkx as nx

from checklib import check, finish


def close(a, b, rel, abs_tol=1e-12):
    return abs(a - b) <= max(rel * max(abs(a), abs(b)), abs_tol)


def worst(ours, ref, rel, abs_tol=1e-12):
    bad = [(k, ours[k], ref[k]) for k in ref if not close(ours[k], ref[k], rel, abs_tol)]
    return bad[:3]


def run_metrics(wngraph, path, out, *flags):
    r = subprocess.run([wngraph, "metrics", path, "-o", out, *flags], capture_output=True, text=True)
    if r.returncode != 0:
        raise RuntimeError(r.stderr)
    g = nx.read_graphml(out)
    return {m: {v: float(d[m]) for v, d in g.nodes(data=True)} for m in
            ["degree", "weighted_degree", "betweenness", "closeness", "eigenvector", "pagerank", "community"]}


def igraph_of(G):
    nodes = list(G.nodes())
    idx = {v: i for i, v in enumerate(nodes)}
    ig = igraph.Graph(n=len(nodes), edges=[(idx[a], idx[b]) for a, b in G.edges()])
    ig.es["weight"] = [G[a][b].get("weight", 1) for a, b in G.edges()]
    return ig, nodes


def compare(label, G, wngraph, tmp):
    path = os.path.join(tmp, "in.graphml")
    nx.write_graphml(G, path)
    m = run_metrics(wngraph, path, os.path.join(tmp, "out.graphml"), "--betweenness", "exact", "--threads", "2")
    n = G.number_of_nodes()
    check(f"{label}: degree", m["degree"] == {v: float(d) for v, d in G.degree()})
    bc = nx.betweenness_centrality(G, normalized=True)
    check(f"{label}: betweenness = networkx (1e-9)", not worst(m["betweenness"], bc, 1e-9), worst(m["betweenness"], bc, 1e-9))
    ig, nodes = igraph_of(G)
    scale = 2.0 / ((n - 1) * (n - 2)) if n > 2 else 0
    igbc = {nodes[i]: x * scale for i, x in enumerate(ig.betweenness(directed=False))}
    check(f"{label}: betweenness = igraph (1e-9)", not worst(m["betweenness"], igbc, 1e-9), worst(m["betweenness"], igbc, 1e-9))
    cl = nx.closeness_centrality(G)
    check(f"{label}: closeness = networkx (1e-9)", not worst(m["closeness"], cl, 1e-9), worst(m["closeness"], cl, 1e-9))
    # igraph's closeness counts only reachable nodes; scale it as NetworkX does.
    comp = {}
    for c in ig.connected_components():
        for i in c:
            comp[i] = len(c)
    igcl = {nodes[i]: (0.0 if math.isnan(x) else x * (comp[i] - 1) / (n - 1))
            for i, x in enumerate(ig.closeness(normalized=True))}
    check(f"{label}: closeness = igraph (1e-9)", not worst(m["closeness"], igcl, 1e-9), worst(m["closeness"], igcl, 1e-9))
    pr = nx.pagerank(G, alpha=0.85, tol=1e-13, max_iter=10000, weight=None)
    check(f"{label}: pagerank = networkx (1e-6)", not worst(m["pagerank"], pr, 1e-6), worst(m["pagerank"], pr, 1e-6))
    igpr = {nodes[i]: x for i, x in enumerate(ig.pagerank(directed=False, damping=0.85))}
    check(f"{label}: pagerank = igraph (1e-6)", not worst(m["pagerank"], igpr, 1e-6), worst(m["pagerank"], igpr, 1e-6))
    if nx.is_connected(G):
        ev = nx.eigenvector_centrality(G, tol=1e-13, max_iter=100000)
        check(f"{label}: eigenvector = networkx (1e-6)", not worst(m["eigenvector"], ev, 1e-6, 1e-9), worst(m["eigenvector"], ev, 1e-6, 1e-9))
        igev = ig.eigenvector_centrality(directed=False, scale=False)
        norm = math.sqrt(sum(x * x for x in igev))
        igev = {nodes[i]: x / norm for i, x in enumerate(igev)}
        check(f"{label}: eigenvector = igraph (1e-6)", not worst(m["eigenvector"], igev, 1e-6, 1e-9), worst(m["eigenvector"], igev, 1e-6, 1e-9))
    ours = [0] * n
    for v, c in m["community"].items():
        ours[nodes.index(v)] = int(c)
    q_ours = ig.modularity(ours)
    # igraph's multilevel visits nodes in a random order (python-igraph draws
    # from Python's random): compare with its best of 10 seeded runs.
    q_ig = 0.0
    for s in range(10):
        random.seed(s)
        q_ig = max(q_ig, ig.community_multilevel().modularity)
    check(f"{label}: louvain modularity {q_ours:.4f} vs igraph's best of 10 {q_ig:.4f} (0.02)", q_ours >= q_ig - 0.02)
    return path, m


def weighted_checks(label, G, wngraph, tmp):
    rng = random.Random(7)
    for a, b in G.edges():
        w = rng.randint(1, 5)
        G[a][b]["weight"] = w
        G[a][b]["distance"] = 1.0 / w
    path = os.path.join(tmp, "w.graphml")
    nx.write_graphml(G, path)
    m = run_metrics(wngraph, path, os.path.join(tmp, "wout.graphml"), "--weighted", "--betweenness", "exact")
    bc = nx.betweenness_centrality(G, normalized=True, weight="distance")
    check(f"{label} weighted: betweenness = networkx (1e-9)", not worst(m["betweenness"], bc, 1e-9), worst(m["betweenness"], bc, 1e-9))
    cl = nx.closeness_centrality(G, distance="distance")
    check(f"{label} weighted: closeness = networkx (1e-9)", not worst(m["closeness"], cl, 1e-9), worst(m["closeness"], cl, 1e-9))
    pr = nx.pagerank(G, alpha=0.85, tol=1e-13, max_iter=10000, weight="weight")
    check(f"{label} weighted: pagerank = networkx (1e-6)", not worst(m["pagerank"], pr, 1e-6), worst(m["pagerank"], pr, 1e-6))
    wd = {v: float(d) for v, d in G.degree(weight="weight")}
    check(f"{label} weighted: weighted degree", m["weighted_degree"] == wd)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--wngraph", required=True)
    ap.add_argument("--seeds", required=True)
    a = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        graphs = [
            ("ER n=60 p=0.04 (disconnected)", nx.gnp_random_graph(60, 0.04, seed=1)),
            ("ER n=200 p=0.03", nx.gnp_random_graph(200, 0.03, seed=2)),
            ("BA n=300 m=2", nx.barabasi_albert_graph(300, 2, seed=3)),
            ("BA n=800 m=3", nx.barabasi_albert_graph(800, 3, seed=4)),
        ]
        for label, G in graphs:
            G = nx.relabel_nodes(G, {v: f"v{v}" for v in G})
            compare(label, G, a.wngraph, tmp)
        weighted_checks("BA n=300", nx.relabel_nodes(nx.barabasi_albert_graph(300, 2, seed=5), str), a.wngraph, tmp)
        weighted_checks("ER n=120", nx.relabel_nodes(nx.gnp_random_graph(120, 0.05, seed=6), str), a.wngraph, tmp)

        # The seeds' own graph, as wngraph exports it (undirected projection).
        seeds = os.path.join(tmp, "seeds.graphml")
        subprocess.run([a.wngraph, "export", "-o", seeds, a.seeds], check=True)
        S = nx.Graph(nx.read_graphml(seeds))
        S.remove_edges_from(nx.selfloop_edges(S))
        for _, _, d in S.edges(data=True):
            d.clear()
        compare("seeds graph", S, a.wngraph, tmp)

        # Approximate betweenness within its bound; thread count changes nothing.
        G = nx.relabel_nodes(nx.barabasi_albert_graph(1500, 3, seed=8), str)
        path = os.path.join(tmp, "ba.graphml")
        nx.write_graphml(G, path)
        exact = run_metrics(a.wngraph, path, os.path.join(tmp, "e.graphml"), "--betweenness", "exact")["betweenness"]
        approx = run_metrics(a.wngraph, path, os.path.join(tmp, "a.graphml"), "--betweenness", "approx",
                             "--epsilon", "0.01", "--delta", "0.1")["betweenness"]
        bound = 0.01 * 1500 / 1498
        err = max(abs(approx[v] - exact[v]) for v in exact)
        check(f"approximate betweenness: max error {err:.5f} <= bound {bound:.5f}", err <= bound)
        outs = []
        for t in ["1", "2", "3"]:
            o = os.path.join(tmp, f"t{t}.graphml")
            subprocess.run([a.wngraph, "metrics", path, "-o", o, "--threads", t], check=True)
            outs.append(open(o, "rb").read())
        check("same bytes with 1, 2 and 3 threads", outs[0] == outs[1] == outs[2])
    finish()


if __name__ == "__main__":
    main()
