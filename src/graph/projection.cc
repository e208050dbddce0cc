// PlainGraph -> Csr: the undirected simple projection in compressed sparse
// row form (parallel links merged, weights summed, self-loops dropped).
// Entry points: detail::build_csr(), detail::unit_of(). Tested by
// tests/centrality_test.cc.
#include <algorithm>

#include "graph/projection.h"

namespace wngraph::detail {

Csr build_csr(const PlainGraph& pg, bool weighted) {
  // Links as (low, high, weight), sorted and merged: parallel edges sum.
  struct Link {
    uint32_t a, b;
    double w;
  };
  std::vector<Link> links;
  links.reserve(pg.edges.size());
  for (size_t i = 0; i < pg.edges.size(); ++i) {
    auto [a, b] = pg.edges[i];
    if (a == b) continue;
    if (b < a) std::swap(a, b);
    links.push_back({static_cast<uint32_t>(a), static_cast<uint32_t>(b), pg.weights.empty() ? 1.0 : pg.weights[i]});
  }
  std::sort(links.begin(), links.end(),
            [](const Link& x, const Link& y) { return x.a != y.a ? x.a < y.a : x.b < y.b; });
  size_t out = 0;
  for (size_t i = 0; i < links.size(); ++i) {
    if (out > 0 && links[out - 1].a == links[i].a && links[out - 1].b == links[i].b)
      links[out - 1].w += links[i].w;
    else
      links[out++] = links[i];
  }
  links.resize(out);
  Csr c;
  c.n = pg.n;
  c.weighted = weighted;
  c.off.assign(pg.n + 1, 0);
  for (const auto& l : links) ++c.off[l.a + 1], ++c.off[l.b + 1];
  for (size_t v = 0; v < pg.n; ++v) c.off[v + 1] += c.off[v];
  c.adj.resize(c.off[pg.n]);
  c.w.resize(c.off[pg.n]);
  std::vector<size_t> pos(c.off.begin(), c.off.end() - 1);
  // Sorted links fill each row in increasing neighbour order.
  for (const auto& l : links) {
    double s = weighted ? l.w : 1.0;
    c.adj[pos[l.a]] = l.b, c.w[pos[l.a]++] = s;
  }
  for (const auto& l : links) {
    double s = weighted ? l.w : 1.0;
    c.adj[pos[l.b]] = l.a, c.w[pos[l.b]++] = s;
  }
  return c;
}

// The unweighted twin of a CSR: same rows, strengths 1.
Csr unit_of(const Csr& strong) {
  Csr c = strong;
  c.weighted = false;
  std::fill(c.w.begin(), c.w.end(), 1.0);
  return c;
}

}  // namespace wngraph::detail
