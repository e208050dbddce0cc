// Laid-out map -> label boxes: the most central nodes first, each label on
// the first free spot of a spiral around its node, never over another label,
// a labelled node or the legend. Entry point: detail::place_labels().
// Tested by tests/map_test.cc and tests/map_check.py.
#include <algorithm>
#include <cmath>

#include "map/common.h"

namespace wngraph::detail {

void place_labels(const Graph& graph, const MapOptions& o, MapLayout& out) {
  const auto& g = graph.g;
  size_t n = boost::num_vertices(g);
  // Labels for the most central nodes, most central first, each on the first
  // free spot of a spiral around its node.
  std::vector<size_t> order(n);
  for (size_t v = 0; v < n; ++v) order[v] = v;
  std::stable_sort(order.begin(), order.end(),
                   [&](size_t a, size_t b) { return metric(g[a], o.size_by) > metric(g[b], o.size_by); });
  order.resize(std::min(order.size(), o.labels));
  std::vector<Box> taken{{0, 0, kLegend, 190}};  // the legend
  for (size_t v : order) {
    const Point& c = out.position[v];
    double r = out.radius[v];
    taken.push_back({c.x - r, c.y - r, 2 * r, 2 * r});
  }
  for (size_t v : order) {
    const Point& c = out.position[v];
    double r = out.radius[v];
    double bw = text_width(g[v].label), bh = kFont + 4;
    Box best{};
    bool found = false, leader = false;
    for (int ring = 0; ring < 200 && !found; ++ring) {
      double dist = r + 2 + ring * 6;
      int steps = ring == 0 ? 4 : 16;
      for (int k = 0; k < steps && !found; ++k) {
        double a = ring == 0 ? k * M_PI / 2 : k * 2 * M_PI / steps;
        // Anchor the box so it sits outside the circle in direction a.
        double dx = std::cos(a), dy = std::sin(a);
        Box b{c.x + dx * dist -
                  (dx < -0.3  ? bw
                   : dx > 0.3 ? 0
                              : bw / 2),
              c.y + dy * dist -
                  (dy < -0.3  ? bh
                   : dy > 0.3 ? 0
                              : bh / 2),
              bw, bh};
        if (b.x < 0 || b.y < 0 || b.x + b.w > o.width || b.y + b.h > o.height) continue;
        bool clash = false;
        for (const auto& t : taken) clash |= b.overlaps(t);
        if (!clash) {
          best = b;
          found = true;
          leader = ring > 3;
        }
      }
    }
    if (!found) continue;  // no room anywhere on the canvas: leave it unlabelled
    taken.push_back(best);
    out.labels.push_back({v, best, leader});
  }
}

}  // namespace wngraph::detail
