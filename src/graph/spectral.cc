// Csr -> eigenvector centrality and PageRank by power iteration, NetworkX's
// definitions. Entry points: detail::eigenvector(), detail::pagerank().
// Tested by tests/centrality_test.cc and tests/analytics_check.py.
#include <cmath>
#include <numeric>

#include "graph/projection.h"

namespace wngraph::detail {

// NetworkX's eigenvector_centrality: power iteration on A + I from a uniform
// start, L2-normalised; iterated to 1e-12 rather than NetworkX's 1e-6.
std::vector<double> eigenvector(const Csr& g) {
  size_t n = g.n;
  std::vector<double> x(n, n ? 1.0 / n : 0.0), last(n);
  for (int it = 0; it < 10000 && n; ++it) {
    last = x;
    for (size_t v = 0; v < n; ++v)
      for (size_t e = g.off[v]; e < g.off[v + 1]; ++e) x[g.adj[e]] += last[v] * g.w[e];
    double norm = std::sqrt(std::inner_product(x.begin(), x.end(), x.begin(), 0.0));
    if (norm == 0) norm = 1;
    for (auto& y : x) y /= norm;
    double err = 0;
    for (size_t v = 0; v < n; ++v) err += std::abs(x[v] - last[v]);
    if (err < n * 1e-13) break;
  }
  return x;
}

// NetworkX's pagerank: damping 0.85, uniform teleport, dangling mass spread
// uniformly, to 1e-13 per node.
std::vector<double> pagerank(const Csr& g, double damping) {
  size_t n = g.n;
  std::vector<double> pr(n, n ? 1.0 / n : 0.0), next(n), strength(n, 0.0);
  for (size_t v = 0; v < n; ++v)
    for (size_t e = g.off[v]; e < g.off[v + 1]; ++e) strength[v] += g.w[e];
  for (int it = 0; it < 10000 && n; ++it) {
    double dangling = 0;
    for (size_t v = 0; v < n; ++v)
      if (strength[v] == 0) dangling += pr[v];
    std::fill(next.begin(), next.end(), (1.0 - damping) / n + damping * dangling / n);
    for (size_t v = 0; v < n; ++v) {
      if (strength[v] == 0) continue;
      double share = damping * pr[v] / strength[v];
      for (size_t e = g.off[v]; e < g.off[v + 1]; ++e) next[g.adj[e]] += share * g.w[e];
    }
    double err = 0;
    for (size_t v = 0; v < n; ++v) err += std::abs(next[v] - pr[v]);
    pr.swap(next);
    if (err < n * 1e-13) break;
  }
  return pr;
}

}  // namespace wngraph::detail
