// Graph -> node figures: degree, weighted degree, betweenness, closeness,
// eigenvector, PageRank and Louvain communities, on the undirected simple
// projection (graph/projection.h; one file per algorithm family).
// Entry points: compute_centrality(), compute_metrics(). Tested by
// tests/centrality_test.cc (reference implementations, Boost's Brandes) and
// tests/analytics_check.py (NetworkX, igraph).
#include "wngraph/centrality.h"

#include <algorithm>
#include <chrono>
#include <exception>
#include <thread>

#include "graph/projection.h"

namespace wngraph {

const std::vector<std::string>& metric_names() {
  static const std::vector<std::string> names = {"degree",      "weighted_degree", "betweenness", "closeness",
                                                 "eigenvector", "pagerank",        "community"};
  return names;
}

using namespace detail;

Metrics compute_metrics(const PlainGraph& pg, const CentralityOptions& opt) {
  const auto& names = metric_names();
  auto wanted = [&](const char* m) {
    return opt.only.empty() || std::find(opt.only.begin(), opt.only.end(), m) != opt.only.end();
  };
  // The strengths are needed for weighted degree in any case; the unit-weight
  // twin only when the path figures run unweighted.
  Csr strong = build_csr(pg, true);
  Csr unit = opt.weighted ? Csr{} : unit_of(strong);
  const Csr& g = opt.weighted ? strong : unit;
  unsigned threads = thread_count(opt.threads);
  size_t n = pg.n;
  Metrics out;
  out.values.assign(names.size(), {});
  using Clock = std::chrono::steady_clock;
  auto timed = [&](const char* name, auto&& f) {
    auto t0 = Clock::now();
    f();
    out.summary.seconds.push_back({name, std::chrono::duration<double>(Clock::now() - t0).count()});
  };
  if (wanted("degree")) {
    out.values[0].assign(n, 0.0);
    for (size_t v = 0; v < n; ++v) out.values[0][v] = static_cast<double>(strong.off[v + 1] - strong.off[v]);
  }
  if (wanted("weighted_degree")) {
    out.values[1].assign(n, 0.0);
    for (size_t v = 0; v < n; ++v)
      for (size_t e = strong.off[v]; e < strong.off[v + 1]; ++e) out.values[1][v] += strong.w[e];
  }
  bool exact =
      opt.betweenness == BetweennessMode::kExact || (opt.betweenness == BetweennessMode::kAuto && n <= opt.exact_limit);
  auto reporter = [&](const char* figure) -> std::function<void(double)> {
    if (!opt.progress) return nullptr;
    return [&opt, figure](double done) { opt.progress(figure, done); };
  };
  if (wanted("betweenness")) {
    timed("betweenness", [&] {
      if (exact) {
        // Closeness comes free from the same searches.
        out.values[2] =
            exact_betweenness(g, threads, wanted("closeness") ? &out.values[3] : nullptr, reporter("betweenness"));
      } else {
        out.values[2] = approx_betweenness(g, opt, threads, out.summary);
      }
    });
  }
  if (wanted("closeness") && out.values[3].empty())
    timed("closeness", [&] { out.values[3] = closeness(g, threads, reporter("closeness")); });
  if (wanted("eigenvector")) timed("eigenvector", [&] { out.values[4] = eigenvector(g); });
  if (wanted("pagerank")) timed("pagerank", [&] { out.values[5] = pagerank(g); });
  auto t_louvain = Clock::now();
  if (wanted("community")) {
    double q = 0;
    auto member = louvain(g, opt.seed, q);
    out.summary.modularity = q;
    out.values[6].assign(n, 0.0);
    for (size_t v = 0; v < n; ++v) {
      out.values[6][v] = static_cast<double>(member[v]);
      out.summary.communities = std::max(out.summary.communities, member[v] + 1);
    }
    out.summary.seconds.push_back({"community", std::chrono::duration<double>(Clock::now() - t_louvain).count()});
  }
  return out;
}

namespace {

PlainGraph projection_of(const Graph& graph, const CentralityOptions& opt) {
  const auto& g = graph.g;
  PlainGraph pg;
  pg.n = boost::num_vertices(g);
  for (auto e : boost::make_iterator_range(boost::edges(g))) {
    if (opt.skip_weak && g[e].relation == Relation::kMentionedWith) continue;
    pg.edges.push_back({boost::source(e, g), boost::target(e, g)});
    pg.weights.push_back(g[e].weight);
  }
  return pg;
}

void store_metrics(Graph& graph, const Metrics& m) {
  const auto& names = metric_names();
  for (size_t v = 0; v < boost::num_vertices(graph.g); ++v)
    for (size_t i = 0; i < names.size(); ++i)
      if (!m.values[i].empty()) graph.g[v].metrics[names[i]] = m.values[i][v];
}

}  // namespace

CentralitySummary compute_centrality(Graph& graph, const CentralityOptions& opt) {
  Metrics m = compute_metrics(projection_of(graph, opt), opt);
  store_metrics(graph, m);
  return m.summary;
}

CentralitySummary compute_centrality(Graph& graph, const CentralityOptions& opt,
                                     const std::function<void(const Graph&)>& alongside) {
  if (!alongside) return compute_centrality(graph, opt);
  const PlainGraph pg = projection_of(graph, opt);
  // The figures asked for, in two parts: the path figures, and the rest.
  CentralityOptions paths = opt, rest = opt;
  paths.only.clear();
  rest.only.clear();
  for (const auto& name : metric_names()) {
    if (!opt.only.empty() && std::find(opt.only.begin(), opt.only.end(), name) == opt.only.end()) continue;
    (name == "betweenness" || name == "closeness" ? paths : rest).only.push_back(name);
  }
  Metrics fast;
  if (!rest.only.empty()) {
    fast = compute_metrics(pg, rest);
    store_metrics(graph, fast);
  }
  std::exception_ptr failed;
  std::thread beside([&] {
    try {
      alongside(graph);
    } catch (...) {
      failed = std::current_exception();
    }
  });
  Metrics slow;
  try {
    if (!paths.only.empty()) slow = compute_metrics(pg, paths);
  } catch (...) {
    beside.join();
    throw;
  }
  beside.join();
  if (failed) std::rethrow_exception(failed);
  if (!paths.only.empty()) store_metrics(graph, slow);
  // One summary, the figures' times in the order compute_metrics() takes them.
  CentralitySummary summary = paths.only.empty() ? fast.summary : slow.summary;
  if (!paths.only.empty()) {
    summary.modularity = fast.summary.modularity;
    summary.communities = fast.summary.communities;
    summary.seconds.insert(summary.seconds.end(), fast.summary.seconds.begin(), fast.summary.seconds.end());
  }
  return summary;
}

}  // namespace wngraph
