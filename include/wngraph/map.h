// Stakeholder maps: a force-directed picture of the graph, as SVG or as one
// self-contained interactive HTML page (no network at view time).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "wngraph/graph.h"
#include "wngraph/note.h"

namespace wngraph {

// Label as many nodes as fit (MapOptions::labels).
inline constexpr size_t kAllLabels = SIZE_MAX;

struct MapOptions {
  std::string size_by = "pagerank";   // a figure of metric_names()
  std::string colour_by = "type";     // "type" or "community"
  size_t labels = kAllLabels;         // at most this many labels, most central first
  double width = 1400, height = 900;  // canvas, in px (grown when isolated nodes need room)
  unsigned seed = 1;                  // initial layout
  std::string layout = "sfdp";        // "sfdp" or "neato" (layout_names())
  Date since;                         // when set: what appeared on or after it is highlighted
  bool remove_overlaps = true;        // off: positions only, for exports (several times faster)
  std::string title = "wngraph stakeholder map";
};

// neato's stress majorisation holds all pairwise distances (quadratic time
// and memory): it lays out at most this many linked nodes.
inline constexpr size_t kNeatoLimit = 2500;

// The layouts `--layout` accepts.
const std::vector<std::string>& layout_names();

struct Point {
  double x = 0, y = 0;
};
struct Box {
  double x = 0, y = 0, w = 0, h = 0;  // top-left, size
  bool overlaps(const Box& o) const { return x < o.x + o.w && o.x < x + w && y < o.y + o.h && o.y < y + h; }
};

// Where everything goes: the frame, node centres and radii, label boxes (for
// the labelled nodes only), and the captions of the panel of isolated nodes.
struct MapLayout {
  double width = 0, height = 0;  // the frame: options' canvas, taller when the panel needs it
  std::vector<Point> position;
  std::vector<double> radius;
  struct Label {
    size_t node;
    Box box;
    bool leader;  // drawn away from its node, with a line back to it
  };
  std::vector<Label> labels;
  struct Caption {
    std::string text;
    Box box;
  };
  std::vector<Caption> captions;
  // With options.since: what first appeared on or after that date.
  std::vector<bool> new_node, new_edge;  // by vertex index, by graph.edges() order
};

// Graphviz (sfdp's multilevel force-directed layout, or neato's stress
// majorisation with edges within a community shorter than between) on the
// undirected projection, node overlaps removed (prism), room kept below the
// largest nodes for their labels; components packed with the largest in the centre;
// nodes with no link in a panel beside, grouped by type; everything scaled to
// the canvas, never clamped. Then labels, largest nodes first, wherever one
// fits without covering another label or any node. Deterministic.
// Throws Error when Graphviz cannot lay the graph out, or neato is asked for
// more than kNeatoLimit linked nodes.
MapLayout layout_map(const Graph& graph, const MapOptions& options);

// Every node's position for exports: layout_map() without labels or
// overlap removal (readers draw their own labels and zoom). Throws as
// layout_map() does.
std::vector<NodePosition> layout_positions(const Graph& graph);

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
