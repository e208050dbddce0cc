// Checks the figures against slow reference implementations written here from
// the definitions (NetworkX and igraph agreement is checked in readers_check.py
// and bench/; these keep the unit self-contained).
#include <gtest/gtest.h>

#include <boost/graph/betweenness_centrality.hpp>

#include <queue>
#include <random>

#include "wngraph/centrality.h"
#include "wngraph/error.h"

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

// Boost.Graph's own Brandes on the same graph: ours must agree with it.
TEST(Centrality, BetweennessMatchesBoost) {
  Graph g = random_graph(120, 0.04, 11);
  compute_centrality(g, {});
  using U = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS>;
  U u(120);
  for (auto e : boost::make_iterator_range(boost::edges(g.g)))
    boost::add_edge(boost::source(e, g.g), boost::target(e, g.g), u);
  std::vector<double> bc(120);
  boost::brandes_betweenness_centrality(
      u, boost::centrality_map(boost::make_iterator_property_map(bc.begin(), boost::get(boost::vertex_index, u))));
  for (size_t v = 0; v < 120; ++v) EXPECT_NEAR(g.g[v].metrics["betweenness"], bc[v] * 2.0 / (119.0 * 118.0), 1e-12);
}

TEST(Centrality, SameFiguresWhateverTheThreads) {
  Graph a = random_graph(200, 0.03, 5), b = a;
  CentralityOptions one, four;
  one.threads = 1;
  four.threads = 4;
  compute_centrality(a, one);
  compute_centrality(b, four);
  for (size_t v = 0; v < 200; ++v) EXPECT_EQ(a.g[v].metrics, b.g[v].metrics);
}

TEST(Centrality, ReportsProgressUpToDone) {
  Graph g = random_graph(100, 0.05, 3);
  CentralityOptions o;
  std::vector<std::pair<std::string, double>> seen;
  o.progress = [&](const std::string& figure, double done) { seen.push_back({figure, done}); };
  compute_centrality(g, o);
  ASSERT_FALSE(seen.empty());
  EXPECT_EQ(seen.back().first, "betweenness");
  EXPECT_DOUBLE_EQ(seen.back().second, 1.0);
  for (size_t i = 1; i < seen.size(); ++i) EXPECT_LE(seen[i - 1].second, seen[i].second);
}

// Work alongside the path figures sees every other figure already in the
// graph and none of the path figures; the figures are those made without it,
// and what it throws reaches the caller.
TEST(Centrality, AlongsideSeesTheOtherFiguresAndChangesNone) {
  Graph a = random_graph(150, 0.04, 7), b = a;
  CentralityOptions o;
  o.threads = 2;
  compute_centrality(a, o);
  std::vector<std::string> names;
  CentralitySummary s = compute_centrality(b, o, [&](const Graph& g) {
    for (const auto& [name, value] : g.g[3].metrics) names.push_back(name);
  });
  for (size_t v = 0; v < 150; ++v) EXPECT_EQ(a.g[v].metrics, b.g[v].metrics);
  EXPECT_EQ(names, (std::vector<std::string>{"community", "degree", "eigenvector", "pagerank", "weighted_degree"}));
  std::vector<std::string> timed;
  for (const auto& [name, secs] : s.seconds) timed.push_back(name);
  EXPECT_EQ(timed, (std::vector<std::string>{"betweenness", "eigenvector", "pagerank", "community"}));
  EXPECT_GT(s.communities, 0u);
  Graph c = random_graph(30, 0.1, 2);
  try {
    compute_centrality(c, o, [](const Graph&) { throw Error("no layout"); });
    ADD_FAILURE() << "not thrown";
  } catch (const Error& e) {
    EXPECT_EQ(e.describe(), "no layout");
  }
  // Only path figures asked for: the work still runs, on the graph as it is.
  Graph d = random_graph(30, 0.1, 2);
  o.only = {"closeness"};
  bool ran = false;
  compute_centrality(d, o, [&](const Graph& g) { ran = g.g[0].metrics.empty(); });
  EXPECT_TRUE(ran);
  EXPECT_EQ(d.g[0].metrics.size(), 1u);
}

TEST(Centrality, OnlyTheFiguresAskedFor) {
  Graph g = random_graph(30, 0.1, 2);
  CentralityOptions o;
  o.only = {"pagerank"};
  compute_centrality(g, o);
  EXPECT_EQ(g.g[0].metrics.size(), 1u);
  EXPECT_TRUE(g.g[0].metrics.count("pagerank"));
}

TEST(Centrality, LouvainFindsPlantedCommunities) {
  // Two 8-cliques joined by one link: m = 57, each side 28 inner links and
  // degree sum 57, so Q = 2 * (28/57 - (57/114)^2) = 0.482456.
  Graph g = random_graph(16, 0, 1);
  EdgeProps e;
  e.weight = 1;
  for (size_t c = 0; c < 2; ++c)
    for (size_t i = 0; i < 8; ++i)
      for (size_t j = i + 1; j < 8; ++j) boost::add_edge(c * 8 + i, c * 8 + j, e, g.g);
  boost::add_edge(0, 8, e, g.g);
  auto s = compute_centrality(g);
  EXPECT_EQ(s.communities, 2u);
  EXPECT_NEAR(s.modularity, 2 * (28.0 / 57 - 0.25), 1e-12);
  for (size_t v = 1; v < 8; ++v) EXPECT_EQ(g.g[v].metrics["community"], g.g[0].metrics["community"]);
  EXPECT_NE(g.g[8].metrics["community"], g.g[0].metrics["community"]);
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
