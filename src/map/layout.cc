// Graph -> MapLayout: Graphviz's layout library (neato's stress majorisation,
// sfdp on large graphs) with overlap removal and component packing; nodes
// with no link in a panel grouped by type; scaled into the canvas; then
// labels (labels.cc) and what is new since a date. Entry points:
// layout_map(), layout_positions() (exports' node positions).
// Tested by tests/map_test.cc, tests/pipeline_test.cc (positions) and
// tests/map_check.py (headless Chromium);
// measured against the criteria by bench/map_quality.py.
#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <memory>
#include <mutex>
#include <unordered_map>
#include <unordered_set>

#include "map/common.h"
#include "wngraph/error.h"

namespace wngraph {

using namespace detail;

const std::vector<std::string>& layout_names() {
  static const std::vector<std::string> names{"sfdp", "neato"};
  return names;
}

namespace {

constexpr double kGap = 6;                    // px kept between two nodes' circles
constexpr double kPanelGap = 40;              // px between the drawing and the panel
constexpr double kRowHeight = 18;             // px per isolated node in the panel
constexpr size_t kRoomForLabels = 60;         // the largest nodes the layout keeps room for their label
constexpr double kLabelRoom = kFont + 4 + 4;  // below such a node's circle

// Graphviz's C API takes `char*` for names it only reads.
char* cs(const std::string& s) {
  return const_cast<char*>(s.c_str());
}
void set(void* object, const std::string& name, const std::string& value) {
  agsafeset(object, cs(name), cs(value), cs(""));
}

// One Graphviz context for the process: making one reads Graphviz's plugin
// configuration (and leaks a copy of it, in libgvc 2.42); Graphviz is not
// thread-safe, so layouts take turns.
GVC_t* graphviz_context() {
  static GVC_t* gvc = gvContext();
  return gvc;
}
std::mutex graphviz_turn;

struct GraphvizGraph {
  std::lock_guard<std::mutex> turn{graphviz_turn};
  GVC_t* gvc = graphviz_context();
  Agraph_t* g = nullptr;
  bool laid_out = false;
  GraphvizGraph() {
    Agdesc_t desc = Agstrictundirected;
    g = agopen(cs("map"), desc, nullptr);
  }
  ~GraphvizGraph() {
    if (laid_out) gvFreeLayout(gvc, g);
    agclose(g);
  }
  GraphvizGraph(const GraphvizGraph&) = delete;
  GraphvizGraph& operator=(const GraphvizGraph&) = delete;
};

// The linked nodes' centres, in px with y downwards, laid out by Graphviz
// around the origin. `radius` is each node's in px; `linked` the nodes to
// lay out; `adj` the undirected links.
void graphviz_layout(const Graph& graph, const MapOptions& o, const std::vector<size_t>& linked,
                     const std::vector<std::vector<size_t>>& adj, const std::vector<double>& radius, double edge_length,
                     std::vector<Point>& position, std::vector<bool>& room) {
  const auto& g = graph.g;
  const std::string& engine = o.layout;
  if (engine == "neato" && linked.size() > kNeatoLimit)
    throw Error("neato lays out at most " + std::to_string(kNeatoLimit) + " linked nodes (this map has " +
                std::to_string(linked.size()) + "); use --layout sfdp");
  GraphvizGraph gv;
  auto inches = [](double px) { return num3(px / 72.0); };
  set(gv.g, "overlap", o.remove_overlaps ? "prism" : "true");
  set(gv.g, "sep", "+" + num3(kGap / 2));
  set(gv.g, "pack", std::to_string(static_cast<int>(2 * kGap + 10)));
  set(gv.g, "packmode", "node");
  set(gv.g, "start", std::to_string(o.seed));
  set(gv.g, "splines", "false");
  if (engine == "neato") set(gv.g, "mode", "major");
  if (engine == "sfdp") set(gv.g, "K", inches(edge_length));
  // The largest nodes get a box with room for their label below the circle,
  // so that overlap removal leaves that room free.
  std::vector<size_t> by_size = linked;
  std::stable_sort(by_size.begin(), by_size.end(),
                   [&](size_t a, size_t b) { return metric(g[a], o.size_by) > metric(g[b], o.size_by); });
  room.assign(boost::num_vertices(g), false);
  for (size_t i = 0; i < std::min(by_size.size(), kRoomForLabels); ++i) room[by_size[i]] = true;
  std::vector<Agnode_t*> node(boost::num_vertices(g), nullptr);
  for (size_t v : linked) {
    Agnode_t* n = agnode(gv.g, cs("n" + std::to_string(v)), 1);
    node[v] = n;
    double d = 2 * radius[v];
    set(n, "shape", room[v] ? "box" : "circle");
    set(n, "fixedsize", "true");
    set(n, "label", "");
    set(n, "width", inches(room[v] ? std::max(d, text_width(g[v].label)) : d));
    set(n, "height", inches(room[v] ? d + kLabelRoom : d));
  }
  // For neato, links within a community are shorter than links between, so
  // communities sit together (sfdp reads no edge length; it groups them by
  // itself on small maps: docs/maps.md).
  for (size_t v : linked)
    for (size_t w : adj[v]) {
      if (w <= v) continue;
      Agedge_t* e = agedge(gv.g, node[v], node[w], nullptr, 1);
      if (engine != "neato") continue;
      bool same = g[v].metrics.count("community") && metric(g[v], "community") == metric(g[w], "community");
      set(e, "len", inches(same ? edge_length : 1.8 * edge_length));
    }
  // sfdp draws its start from the C library's generators, not from "start":
  // seed them, or a second map in one process would differ from the first.
  srand48(o.seed);
  std::srand(o.seed);
  if (gvLayout(gv.gvc, gv.g, engine.c_str()) != 0) throw Error("graphviz could not lay out the map (" + engine + ")");
  gv.laid_out = true;
  // A box's circle sits at its top, the label's room below it.
  for (size_t v : linked) {
    position[v] = {ND_coord(node[v]).x, -ND_coord(node[v]).y - (room[v] ? kLabelRoom / 2 : 0)};
    if (!std::isfinite(position[v].x) || !std::isfinite(position[v].y))
      throw Error("graphviz gave no position for a node (" + engine + ")", "", 0, g[v].label);
  }
}

struct Extent {
  double x0 = 1e300, y0 = 1e300, x1 = -1e300, y1 = -1e300;
  void add(const Box& b) {
    x0 = std::min(x0, b.x), y0 = std::min(y0, b.y);
    x1 = std::max(x1, b.x + b.w), y1 = std::max(y1, b.y + b.h);
  }
  double w() const { return x1 - x0; }
  double h() const { return y1 - y0; }
};

}  // namespace

namespace detail {

// In the order of the graph's edges. Graphviz's memory and time follow
// the links it is given (300 MB and 7 s for the 600,000 edges of 100,000
// generated notes), and on a graph that large the backbone is what a force
// layout can show anyway (docs/maps.md, "Large graphs").
std::vector<std::vector<size_t>> layout_links(const Graph& graph) {
  const auto& g = graph.g;
  const size_t n = boost::num_vertices(g);
  std::vector<std::vector<size_t>> adj(n);
  std::unordered_map<uint64_t, long> weight;  // pair (low << 32 | high) -> summed weight
  auto pair = [](size_t a, size_t b) { return static_cast<uint64_t>(std::min(a, b)) << 32 | std::max(a, b); };
  for (auto e : boost::make_iterator_range(boost::edges(g))) {
    size_t a = boost::source(e, g), b = boost::target(e, g);
    if (a == b) continue;
    auto [it, fresh] = weight.emplace(pair(a, b), 0);
    it->second += g[e].weight;
    if (!fresh) continue;
    adj[a].push_back(b);
    adj[b].push_back(a);
  }
  if (weight.size() <= kLayoutLinks) return adj;
  std::unordered_set<uint64_t> kept;
  std::vector<std::pair<long, size_t>> ranked;
  for (size_t v = 0; v < n; ++v) {
    ranked.clear();
    for (size_t w : adj[v]) ranked.emplace_back(-weight[pair(v, w)], w);
    size_t k = std::min(kBackbone, ranked.size());
    std::partial_sort(ranked.begin(), ranked.begin() + static_cast<std::ptrdiff_t>(k), ranked.end());
    for (size_t i = 0; i < k; ++i) kept.insert(pair(v, ranked[i].second));
  }
  for (size_t v = 0; v < n; ++v)
    adj[v].erase(std::remove_if(adj[v].begin(), adj[v].end(), [&](size_t w) { return !kept.count(pair(v, w)); }),
                 adj[v].end());
  return adj;
}

}  // namespace detail

MapLayout layout_map(const Graph& graph, const MapOptions& o) {
  const auto& g = graph.g;
  size_t n = boost::num_vertices(g);
  MapLayout out;
  out.width = o.width;
  out.height = o.height;
  out.position.assign(n, {});
  out.radius.assign(n, 4);
  mark_new(graph, o.since, out);
  if (n == 0) return out;

  double maxm = 0;
  for (size_t v = 0; v < n; ++v) maxm = std::max(maxm, metric(g[v], o.size_by));
  for (size_t v = 0; v < n; ++v) {
    double share = maxm > 0 ? metric(g[v], o.size_by) / maxm : 0;
    out.radius[v] = 4 + 18 * std::sqrt(share);
  }

  std::vector<std::vector<size_t>> adj = layout_links(graph);
  std::vector<size_t> linked, isolated;
  for (size_t v = 0; v < n; ++v) (has_link(graph, v) ? linked : isolated).push_back(v);

  // The panel of isolated nodes, below the drawing: per type (in
  // kEntityTypes order) a caption, then one node per row with its label to
  // the right, flowing into columns like a newspaper's; as few rows as fit
  // the width.
  struct Item {
    std::string caption;  // empty for a node
    size_t node = 0;
    double width = 0;
  };
  std::vector<Item> items;
  for (EntityType t : kEntityTypes) {
    std::vector<size_t> group;
    for (size_t v : isolated)
      if (g[v].type == t) group.push_back(v);
    if (group.empty()) continue;
    std::string head = "no link: " + std::string(type_name(t)) + " (" + std::to_string(group.size()) + ")";
    items.push_back({head, 0, text_width(head)});
    for (size_t v : group) {
      out.radius[v] = 5;
      items.push_back({"", v, 2 * 5 + 4 + text_width(g[v].label)});
    }
  }
  double left = kMargin + kLegend, top = kMargin;
  // At least a small square, whatever the canvas: the frame grows to fit.
  double avail_w = std::max(o.width - left - kMargin, 200.0), avail_h = std::max(o.height - 2 * kMargin, 200.0);
  // Columns of at most `rows` items; a caption never ends a column.
  auto flow = [&](size_t rows, std::vector<std::pair<size_t, double>>* cols) {
    double total = 0, width = 0;
    size_t r = 0;
    for (size_t i = 0; i < items.size(); ++i) {
      bool orphan = !items[i].caption.empty() && r + 1 == rows;
      if (r == rows || orphan || i == 0) {
        if (i > 0) total += width + 16;
        if (cols) cols->push_back({i, 0});
        r = 0, width = 0;
      }
      width = std::max(width, items[i].width);
      if (cols) cols->back().second = width;
      ++r;
    }
    return total + width;
  };
  size_t rows = 0;
  double panel_h = 0;
  if (!items.empty()) {
    rows = std::min<size_t>(items.size(), 3);
    while (rows < items.size() && flow(rows, nullptr) > avail_w) ++rows;
    panel_h = kRowHeight * static_cast<double>(rows) + 4;
  }

  // The drawing fills what the legend's band and the panel leave; the frame
  // grows taller rather than squeeze it below half the height.
  double draw_w = avail_w;
  double draw_h = std::max(avail_h - (items.empty() ? 0 : panel_h + kPanelGap), avail_h * 0.5);

  if (!linked.empty()) {
    // Edge length from the room per node, so that the drawing needs little
    // scaling; Graphviz then spreads nodes apart where they would overlap.
    double edge_length = std::clamp(std::sqrt(draw_w * draw_h / static_cast<double>(linked.size())) * 0.6, 24.0, 140.0);
    std::vector<bool> room;
    graphviz_layout(graph, o, linked, adj, out.radius, edge_length, out.position, room);
    Extent ext;
    for (size_t v : linked) {
      const Point& p = out.position[v];
      double r = out.radius[v], half = room[v] ? std::max(r, text_width(g[v].label) / 2) : r;
      ext.add({p.x - half, p.y - r, 2 * half, 2 * r + (room[v] ? kLabelRoom : 0)});
    }
    // One scale for positions, from 1 to 3: the drawing spreads to fill the
    // canvas and never shrinks (labels and radii keep their size, so what
    // Graphviz kept apart stays apart); when it does not fit, the frame grows.
    double s = std::clamp(std::min(draw_w / std::max(ext.w(), 1.0), draw_h / std::max(ext.h(), 1.0)), 1.0, 3.0);
    draw_w = std::max(draw_w, ext.w() * s);
    draw_h = std::max(draw_h, ext.h() * s);
    out.width = std::max(out.width, left + draw_w + kMargin);
    out.height = std::max(out.height, top + draw_h + kMargin);
    double ox = left + (draw_w - ext.w() * s) / 2, oy = top + (draw_h - ext.h() * s) / 2;
    for (size_t v : linked)
      out.position[v] = {ox + (out.position[v].x - ext.x0) * s, oy + (out.position[v].y - ext.y0) * s};
  }

  if (!items.empty()) {
    double py = top + draw_h + kPanelGap;
    std::vector<std::pair<size_t, double>> cols;
    flow(rows, &cols);
    double x = left;
    for (size_t c = 0; c < cols.size(); ++c) {
      size_t end = c + 1 < cols.size() ? cols[c + 1].first : items.size();
      double y = py;
      for (size_t i = cols[c].first; i < end; ++i, y += kRowHeight) {
        if (!items[i].caption.empty())
          out.captions.push_back({items[i].caption, {x, y, items[i].width, kFont + 4}});
        else
          out.position[items[i].node] = {x + out.radius[items[i].node], y + (kFont + 4) / 2};
      }
      x += cols[c].second + 16;
    }
    out.height = std::max(out.height, py + panel_h + kMargin);
  }

  place_labels(graph, o, out);
  return out;
}

std::vector<NodePosition> layout_positions(const Graph& graph) {
  MapOptions positions_only;
  positions_only.labels = 0;               // readers draw their own labels
  positions_only.remove_overlaps = false;  // and zoom; prism takes most of the time
  MapLayout layout = layout_map(graph, positions_only);
  std::vector<NodePosition> out;
  out.reserve(layout.position.size());
  for (const auto& p : layout.position) out.push_back({p.x, p.y});
  return out;
}

}  // namespace wngraph
