// Laid-out map -> label boxes: largest nodes first, each label at the first
// free place around its node (beside it, then a little further out with a
// leader line), never over another label, any node, a caption or the legend,
// never outside the frame. A label that finds no place is left to the
// tooltip. Entry point: detail::place_labels(). Tested by
// tests/map_test.cc and tests/map_check.py.
#include <algorithm>
#include <cmath>
#include <unordered_map>

#include "map/common.h"

namespace wngraph::detail {

namespace {

// Boxes and circles already on the canvas, in a uniform grid, so a free-place
// test looks at the few things nearby.
class Obstacles {
 public:
  void add_box(const Box& b) {
    boxes_.push_back(b);
    index(b, static_cast<int>(boxes_.size() - 1));
  }
  void add_circle(size_t node, const Point& c, double r) {
    circles_.push_back({node, c, r});
    index({c.x - r, c.y - r, 2 * r, 2 * r}, -static_cast<int>(circles_.size()));
  }
  // Whether `b` touches nothing (the circle of `own` excepted).
  bool free(const Box& b, size_t own) const {
    for (long gx = cell(b.x); gx <= cell(b.x + b.w); ++gx)
      for (long gy = cell(b.y); gy <= cell(b.y + b.h); ++gy) {
        auto it = grid_.find(key(gx, gy));
        if (it == grid_.end()) continue;
        for (int k : it->second) {
          if (k >= 0) {
            if (b.overlaps(boxes_[static_cast<size_t>(k)])) return false;
            continue;
          }
          const auto& c = circles_[static_cast<size_t>(-k - 1)];
          if (c.node == own) continue;
          double nx = std::clamp(c.at.x, b.x, b.x + b.w), ny = std::clamp(c.at.y, b.y, b.y + b.h);
          if (std::hypot(nx - c.at.x, ny - c.at.y) < c.r + 1) return false;
        }
      }
    return true;
  }

 private:
  static constexpr double kCell = 40;
  static long cell(double x) { return static_cast<long>(std::floor(x / kCell)); }
  static long long key(long gx, long gy) { return (static_cast<long long>(gx) << 32) ^ (gy & 0xffffffffLL); }
  void index(const Box& b, int k) {
    for (long gx = cell(b.x); gx <= cell(b.x + b.w); ++gx)
      for (long gy = cell(b.y); gy <= cell(b.y + b.h); ++gy) grid_[key(gx, gy)].push_back(k);
  }
  struct Circle {
    size_t node;
    Point at;
    double r;
  };
  std::vector<Box> boxes_;
  std::vector<Circle> circles_;
  std::unordered_map<long long, std::vector<int>> grid_;
};

}  // namespace

void place_labels(const Graph& graph, const MapOptions& o, MapLayout& out) {
  if (o.labels == 0) return;  // positions only (exports)
  const auto& g = graph.g;
  size_t n = boost::num_vertices(g);
  std::vector<size_t> order(n);
  for (size_t v = 0; v < n; ++v) order[v] = v;
  std::stable_sort(order.begin(), order.end(),
                   [&](size_t a, size_t b) { return metric(g[a], o.size_by) > metric(g[b], o.size_by); });
  Obstacles taken;
  taken.add_box({0, 0, kLegend, kLegendHeight});
  for (const auto& c : out.captions) taken.add_box(c.box);
  for (size_t v = 0; v < n; ++v) taken.add_circle(v, out.position[v], out.radius[v]);
  const double bh = kFont + 4;
  for (size_t v : order) {
    if (out.labels.size() >= o.labels) break;
    // A node in the panel (no link) has its row's room to its right.
    bool in_panel = !has_link(graph, v);
    const Point& c = out.position[v];
    double r = out.radius[v];
    double bw = text_width(g[v].label);
    // Beside the node first (below, above, right, left, the corners), then
    // eleven rings a little further out; past the second ring a leader line
    // shows whose label it is. (Seven rings left a large node unlabelled
    // when one edge more moved its neighbours: docs/maps.md.)
    bool found = false;
    for (int ring = 0; ring < 12 && !found; ++ring) {
      double dist = r + 2 + ring * 5;
      int steps = ring == 0 ? 8 : 16;
      for (int k = 0; k < steps && !found; ++k) {
        static constexpr double kFirst[8] = {M_PI / 2, -M_PI / 2,    0,         M_PI,
                                             M_PI / 4, 3 * M_PI / 4, -M_PI / 4, -3 * M_PI / 4};
        double a = ring == 0 ? (in_panel ? kFirst[(k + 2) % 8] : kFirst[k]) : k * 2 * M_PI / steps;
        double dx = std::cos(a), dy = std::sin(a);
        // Anchor the box so it sits outside the circle in direction a.
        Box b{c.x + dx * dist -
                  (dx < -0.3  ? bw
                   : dx > 0.3 ? 0
                              : bw / 2),
              c.y + dy * dist -
                  (dy < -0.3  ? bh
                   : dy > 0.3 ? 0
                              : bh / 2),
              bw, bh};
        if (b.x < 0 || b.y < 0 || b.x + b.w > out.width || b.y + b.h > out.height) continue;
        if (!taken.free(b, v)) continue;
        found = true;
        taken.add_box(b);
        out.labels.push_back({v, b, ring > 1});
      }
    }
  }
}

}  // namespace wngraph::detail
