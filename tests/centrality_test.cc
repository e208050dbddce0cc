// Checks the figures against slow reference implementations written here from
// the definitions (NetworkX and igraph agreement is checked in readers_check.py
// and bench/; these keep the unit self-contained).
#include <gtest/gtest.h>

#include <queue>
#include <random>

#include "wngraph/centrality.h"

namespace wngraph {
namespace {

Graph random_graph(size_t n, double p, unsigned seed) {
  Graph g;
  for (size_t i = 0; i < n; ++i) {
    NodeProps v;
    v.id = "n" + std::to_string(i);
    boost::add_vertex(v, g.g);
  }
  std::mt19937 rng(seed);
  std::bernoulli_distribution coin(p);
  for (size_t i = 0; i < n; ++i)
    for (size_t j = i + 1; j < n; ++j)
      if (coin(rng)) {
        EdgeProps e;
        e.weight = 1;
        boost::add_edge(i, j, e, g.g);
      }
  return g;
}

std::vector<std::vector<size_t>> adjacency(const Graph& g) {
  std::vector<std::vector<size_t>> adj(boost::num_vertices(g.g));
  for (auto e : boost::make_iterator_range(boost::edges(g.g))) {
    size_t a = boost::source(e, g.g), b = boost::target(e, g.g);
    adj[a].push_back(b);
    adj[b].push_back(a);
  }
  return adj;
}

// Betweenness by counting shortest paths through v for every pair (s, t):
// sigma_st(v) = sigma_sv * sigma_vt when d(s,v) + d(v,t) = d(s,t).
std::vector<double> reference_betweenness(const Graph& g) {
  auto adj = adjacency(g);
  size_t n = adj.size();
  std::vector<std::vector<int>> d(n, std::vector<int>(n, -1));
  std::vector<std::vector<double>> sigma(n, std::vector<double>(n, 0));
  for (size_t s = 0; s < n; ++s) {
    std::queue<size_t> q;
    d[s][s] = 0;
    sigma[s][s] = 1;
    q.push(s);
    while (!q.empty()) {
      size_t u = q.front();
      q.pop();
      for (size_t w : adj[u]) {
        if (d[s][w] < 0) {
          d[s][w] = d[s][u] + 1;
          q.push(w);
        }
        if (d[s][w] == d[s][u] + 1) sigma[s][w] += sigma[s][u];
      }
    }
  }
  std::vector<double> bc(n, 0);
  for (size_t v = 0; v < n; ++v)
    for (size_t s = 0; s < n; ++s)
      for (size_t t = s + 1; t < n; ++t) {
        if (s == v || t == v || d[s][t] < 0 || d[s][v] < 0 || d[v][t] < 0) continue;
        if (d[s][v] + d[v][t] == d[s][t]) bc[v] += sigma[s][v] * sigma[v][t] / sigma[s][t];
      }
  double scale = n > 2 ? 2.0 / ((n - 1.0) * (n - 2.0)) : 0;
  for (auto& x : bc) x *= scale;
  return bc;
}

TEST(Centrality, BetweennessMatchesDefinition) {
  for (unsigned seed : {1u, 2u, 3u}) {
    for (double p : {0.05, 0.2}) {
      Graph g = random_graph(40, p, seed);
      compute_centrality(g);
      auto ref = reference_betweenness(g);
      for (size_t v = 0; v < ref.size(); ++v)
        EXPECT_NEAR(g.g[v].metrics["betweenness"], ref[v], 1e-12 + 1e-9 * ref[v]) << "seed " << seed << " p " << p;
    }
  }
}

TEST(Centrality, ClosenessOnAPathAndIsolatedNode) {
  Graph g = random_graph(4, 0, 1);
  EdgeProps e;
  e.weight = 1;
  boost::add_edge(0, 1, e, g.g);
  boost::add_edge(1, 2, e, g.g);
  compute_centrality(g);
  // NetworkX (Wasserman-Faust): (r/sum) * (r/(n-1)); node 3 is isolated.
  EXPECT_NEAR(g.g[1].metrics["closeness"], (2.0 / 2.0) * (2.0 / 3.0), 1e-12);
  EXPECT_NEAR(g.g[0].metrics["closeness"], (2.0 / 3.0) * (2.0 / 3.0), 1e-12);
  EXPECT_EQ(g.g[3].metrics["closeness"], 0.0);
}

TEST(Centrality, PageRankSumsToOne) {
  Graph g = random_graph(50, 0.1, 7);
  compute_centrality(g);
  double sum = 0;
  for (size_t v = 0; v < 50; ++v) sum += g.g[v].metrics["pagerank"];
  EXPECT_NEAR(sum, 1.0, 1e-9);
}

}  // namespace
}  // namespace wngraph
