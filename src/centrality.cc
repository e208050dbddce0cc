// Graph -> node metrics (degree, weighted degree, betweenness, closeness,
// PageRank) on the undirected simple projection. Entry point:
// compute_centrality(). Tested by tests/centrality_test.cc.
#include "wngraph/centrality.h"

#include <boost/graph/betweenness_centrality.hpp>
#include <boost/graph/breadth_first_search.hpp>

#include <map>
#include <queue>

namespace wngraph {

const std::vector<std::string>& metric_names() {
  static const std::vector<std::string> names = {"degree", "weighted_degree", "betweenness", "closeness",
                                                 "pagerank"};
  return names;
}

namespace {

using Simple = boost::adjacency_list<boost::setS, boost::vecS, boost::undirectedS, boost::no_property,
                                     boost::property<boost::edge_weight_t, double>>;

Simple project(const Graph& graph, const CentralityOptions& opt) {
  const auto& g = graph.g;
  size_t n = boost::num_vertices(g);
  Simple s(n);
  std::map<std::pair<size_t, size_t>, double> w;
  for (auto e : boost::make_iterator_range(boost::edges(g))) {
    if (opt.skip_weak && g[e].relation == Relation::kMentionedWith) continue;
    size_t a = boost::source(e, g), b = boost::target(e, g);
    if (a == b) continue;
    if (b < a) std::swap(a, b);
    w[{a, b}] += opt.weighted ? g[e].weight : 1.0;
  }
  for (auto& [k, x] : w) boost::add_edge(k.first, k.second, opt.weighted ? x : 1.0, s);
  return s;
}

// Closeness as NetworkX defines it: (reachable-1)/(sum of distances), scaled
// by the share of the graph reachable (Wasserman-Faust), on hop distances.
std::vector<double> closeness(const Simple& s) {
  size_t n = boost::num_vertices(s);
  std::vector<double> out(n, 0.0);
  std::vector<int> dist(n);
  for (size_t v = 0; v < n; ++v) {
    std::fill(dist.begin(), dist.end(), -1);
    dist[v] = 0;
    std::queue<size_t> q;
    q.push(v);
    double total = 0;
    size_t reached = 0;
    while (!q.empty()) {
      size_t u = q.front();
      q.pop();
      for (auto w : boost::make_iterator_range(boost::adjacent_vertices(u, s)))
        if (dist[w] < 0) {
          dist[w] = dist[u] + 1;
          total += dist[w];
          ++reached;
          q.push(w);
        }
    }
    if (total > 0 && n > 1) out[v] = (reached / total) * (static_cast<double>(reached) / (n - 1));
  }
  return out;
}

std::vector<double> pagerank(const Simple& s, double damping = 0.85, double tol = 1e-12, int max_iter = 1000) {
  size_t n = boost::num_vertices(s);
  std::vector<double> pr(n, n ? 1.0 / n : 0.0), next(n);
  std::vector<double> out_w(n, 0.0);
  for (size_t v = 0; v < n; ++v)
    for (auto e : boost::make_iterator_range(boost::out_edges(v, s))) out_w[v] += boost::get(boost::edge_weight, s, e);
  for (int it = 0; it < max_iter; ++it) {
    double dangling = 0;
    for (size_t v = 0; v < n; ++v)
      if (out_w[v] == 0) dangling += pr[v];
    std::fill(next.begin(), next.end(), (1.0 - damping) / n + damping * dangling / n);
    for (size_t v = 0; v < n; ++v) {
      if (out_w[v] == 0) continue;
      for (auto e : boost::make_iterator_range(boost::out_edges(v, s)))
        next[boost::target(e, s)] += damping * pr[v] * boost::get(boost::edge_weight, s, e) / out_w[v];
    }
    double err = 0;
    for (size_t v = 0; v < n; ++v) err += std::abs(next[v] - pr[v]);
    pr.swap(next);
    if (err < n * tol) break;
  }
  return pr;
}

}  // namespace

void compute_centrality(Graph& graph, const CentralityOptions& opt) {
  Simple s = project(graph, opt);
  size_t n = boost::num_vertices(s);
  std::vector<double> bc(n, 0.0);
  if (n > 0) {
    boost::brandes_betweenness_centrality(
        s, boost::centrality_map(boost::make_iterator_property_map(bc.begin(), boost::get(boost::vertex_index, s))));
    // Boost counts each unordered pair once and does not normalise;
    // NetworkX normalises by (n-1)(n-2)/2 for undirected graphs.
    double scale = n > 2 ? 2.0 / ((n - 1.0) * (n - 2.0)) : 0.0;
    for (auto& x : bc) x *= scale;
  }
  auto cl = closeness(s);
  auto pr = pagerank(s);
  auto& g = graph.g;
  for (size_t v = 0; v < n; ++v) {
    double wdeg = 0;
    for (auto e : boost::make_iterator_range(boost::out_edges(v, s))) wdeg += boost::get(boost::edge_weight, s, e);
    g[v].metrics["degree"] = static_cast<double>(boost::out_degree(v, s));
    g[v].metrics["weighted_degree"] = wdeg;
    g[v].metrics["betweenness"] = bc[v];
    g[v].metrics["closeness"] = cl[v];
    g[v].metrics["pagerank"] = pr[v];
  }
}

}  // namespace wngraph
