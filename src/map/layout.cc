// Graph -> MapLayout: Boost.Graph's Fruchterman-Reingold per component
// (seeded, deterministic), scaled into the canvas, node sizes from a figure;
// then labels (labels.cc). Entry point: layout_map(). Tested by
// tests/map_test.cc and tests/map_check.py (headless Chromium).
#include <boost/graph/fruchterman_reingold.hpp>
#include <boost/graph/random_layout.hpp>
#include <boost/graph/topology.hpp>
#include <boost/random/linear_congruential.hpp>

#include <algorithm>
#include <cmath>
#include <map>
#include <queue>

#include "map/common.h"

namespace wngraph {

using namespace detail;

MapLayout layout_map(const Graph& graph, const MapOptions& o) {
  const auto& g = graph.g;
  size_t n = boost::num_vertices(g);
  MapLayout out;
  out.position.assign(n, {});
  out.radius.assign(n, 4);
  if (n == 0) return out;

  // Components: the largest fills the main area; the others (often single
  // nodes) are packed in a strip below, each laid out in its own cell, so
  // that nothing drifts to the canvas border.
  std::vector<std::vector<size_t>> adj(n);
  for (auto e : boost::make_iterator_range(boost::edges(g))) {
    size_t a = boost::source(e, g), b = boost::target(e, g);
    if (a == b || g[e].relation == Relation::kMentionedWith) continue;
    adj[a].push_back(b);
    adj[b].push_back(a);
  }
  std::vector<int> comp(n, -1);
  std::vector<std::vector<size_t>> comps;
  for (size_t s0 = 0; s0 < n; ++s0) {
    if (comp[s0] >= 0) continue;
    comps.emplace_back();
    std::vector<size_t> stack{s0};
    comp[s0] = static_cast<int>(comps.size() - 1);
    while (!stack.empty()) {
      size_t v = stack.back();
      stack.pop_back();
      comps.back().push_back(v);
      for (size_t w : adj[v])
        if (comp[w] < 0) comp[w] = comp[s0], stack.push_back(w);
    }
  }
  std::stable_sort(comps.begin(), comps.end(), [](const auto& a, const auto& b) { return a.size() > b.size(); });

  // Lays out one component inside the box [x0, x0+w] x [y0, y0+h].
  auto place = [&](const std::vector<size_t>& nodes, double x0, double y0, double w, double h) {
    if (nodes.size() == 1) {
      out.position[nodes[0]] = {x0 + w / 2, y0 + h / 2};
      return;
    }
    std::map<size_t, size_t> local;
    for (size_t i = 0; i < nodes.size(); ++i) local[nodes[i]] = i;
    using U = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS>;
    U u(nodes.size());
    std::set<std::pair<size_t, size_t>> seen;
    for (size_t v : nodes)
      for (size_t w2 : adj[v])
        if (v < w2 && seen.insert({v, w2}).second) boost::add_edge(local[v], local[w2], u);
    using Topology = boost::rectangle_topology<boost::minstd_rand>;
    boost::minstd_rand rng(o.seed);
    // A roomy square, scaled into the box afterwards: FR's clamping at the
    // edges never binds.
    double side = 100.0 * std::sqrt(static_cast<double>(nodes.size()));
    Topology topo(rng, -side, -side, side, side);
    std::vector<Topology::point_type> pos(nodes.size());
    auto pmap = boost::make_iterator_property_map(pos.begin(), boost::get(boost::vertex_index, u));
    boost::random_graph_layout(u, pmap, topo);
    boost::fruchterman_reingold_force_directed_layout(u, pmap, topo,
                                                      boost::cooling(boost::linear_cooling<double>(300)));
    double minx = 1e300, maxx = -1e300, miny = 1e300, maxy = -1e300;
    for (auto& p : pos) {
      minx = std::min(minx, p[0]), maxx = std::max(maxx, p[0]);
      miny = std::min(miny, p[1]), maxy = std::max(maxy, p[1]);
    }
    double sx = maxx > minx ? w / (maxx - minx) : 1, sy = maxy > miny ? h / (maxy - miny) : 1;
    for (size_t i = 0; i < nodes.size(); ++i)
      out.position[nodes[i]] = {x0 + (pos[i][0] - minx) * sx, y0 + (pos[i][1] - miny) * sy};
  };
  double w = o.width - 2 * kMargin - kLegend, h = o.height - 2 * kMargin;
  size_t rest = comps.size() - 1;
  double strip = rest == 0 ? 0 : std::min(h * 0.22, 60.0 + 20.0 * std::sqrt(static_cast<double>(rest)));
  place(comps[0], kMargin + kLegend, kMargin, w, h - strip);
  if (rest) {
    // Cells in rows across the strip, big components first; a cell's width
    // grows with the square root of its component's size.
    std::vector<double> unit(rest);
    double total = 0;
    for (size_t i = 0; i < rest; ++i) total += unit[i] = 1.0 + 2.5 * std::sqrt(comps[i + 1].size() - 1.0);
    size_t rows = std::max<size_t>(1, static_cast<size_t>(std::round(std::sqrt(total * strip / w))));
    double per_row = total / rows, ch = strip / rows;
    double cursor = 0;
    for (size_t i = 0, r = 0; i < rest; ++i) {
      if (cursor + unit[i] > per_row * 1.0001 && cursor > 0 && r + 1 < rows) cursor = 0, ++r;
      double x = cursor / per_row * w, cw = unit[i] / per_row * w;
      double pad = std::min(cw, ch) * 0.12;
      place(comps[i + 1], kMargin + kLegend + x + pad, o.height - kMargin - strip + r * ch + pad, cw - 2 * pad,
            ch - 2 * pad);
      cursor += unit[i];
    }
  }
  double maxm = 0;
  for (size_t v = 0; v < n; ++v) maxm = std::max(maxm, metric(g[v], o.size_by));
  for (size_t v = 0; v < n; ++v) {
    double share = maxm > 0 ? metric(g[v], o.size_by) / maxm : 0;
    out.radius[v] = 4 + 18 * std::sqrt(share);
  }

  place_labels(graph, o, out);
  return out;
}

}  // namespace wngraph
