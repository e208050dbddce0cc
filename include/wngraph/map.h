// Stakeholder maps: a force-directed picture of the graph, as SVG or as one
// self-contained interactive HTML page (no network at view time).
#pragma once

#include <string>
#include <vector>

#include "wngraph/graph.h"

namespace wngraph {

struct MapOptions {
  std::string size_by = "pagerank";   // a figure of metric_names()
  std::string colour_by = "type";     // "type" or "community"
  size_t labels = 30;                 // label the most central N nodes
  double width = 1400, height = 900;  // canvas, in px
  unsigned seed = 1;                  // initial layout
  std::string title = "wngraph stakeholder map";
};

struct Point {
  double x = 0, y = 0;
};
struct Box {
  double x = 0, y = 0, w = 0, h = 0;  // top-left, size
  bool overlaps(const Box& o) const { return x < o.x + o.w && o.x < x + w && y < o.y + o.h && o.y < y + h; }
};

// Where everything goes: node centres and radii, and label boxes (for the
// labelled nodes only; anchor is the node the label belongs to).
struct MapLayout {
  std::vector<Point> position;
  std::vector<double> radius;
  struct Label {
    size_t node;
    Box box;
    bool leader;  // drawn away from its node, with a line back to it
  };
  std::vector<Label> labels;
};

// Boost.Graph's Fruchterman-Reingold on the undirected projection (seeded,
// deterministic), scaled into the canvas; then labels for the `labels` most
// central nodes placed greedily on a spiral so that no two labels and no
// label and labelled node overlap.
MapLayout layout_map(const Graph& graph, const MapOptions& options);

// The subgraph within `depth` links of the node named (or aliased) `name`.
// Throws Error "no node named ..." with a did-you-mean suggestion.
Graph ego_graph(const Graph& graph, const std::string& name, int depth);

// Entry points: the picture as SVG, and as an HTML page with pan and zoom,
// search, filters by type, relation and date, and the evidence of a node's
// edges on click.
std::string render_map_svg(const Graph& graph, const MapLayout& layout, const MapOptions& options);
std::string render_map_html(const Graph& graph, const MapLayout& layout, const MapOptions& options);

// Graphviz DOT with every node pinned where the layout put it, for
// `neato -n2 -Tpng` (the PNG picture).
std::string render_map_dot(const Graph& graph, const MapLayout& layout, const MapOptions& options);

}  // namespace wngraph
