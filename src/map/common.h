// What the map's files share: sizes, colours, figures, escaping. Internal
// to src/map/.
#pragma once

#include <cstdio>
#include <sstream>
#include <string>

#include "palette.h"
#include "wngraph/map.h"

namespace wngraph::detail {

inline constexpr double kFont = 12;  // label font size, px
inline constexpr double kMargin = 40;
inline constexpr double kLegend = 170;        // left band kept free for the legend
inline constexpr double kLegendHeight = 290;  // the legend's height at most

inline constexpr const char* kNewColour = "#d62728";  // what is new since --since

inline std::string fill_of(const NodeProps& p, const MapOptions& o) {
  auto c = p.metrics.find("community");
  if (o.colour_by == "community" && c != p.metrics.end()) return community_colour(static_cast<size_t>(c->second));
  return type_colour(p.type);
}

inline double metric(const NodeProps& p, const std::string& m) {
  auto it = p.metrics.find(m);
  return it == p.metrics.end() ? 0.0 : it->second;
}

// Label width estimate for a sans-serif font: 0.6 em per character.
inline double text_width(const std::string& s) {
  size_t chars = 0;
  for (unsigned char c : s) chars += (c & 0xC0) != 0x80;
  return 0.6 * kFont * static_cast<double>(chars) + 4;
}

inline std::string xml_escape(const std::string& s) {
  std::string out;
  for (unsigned char c : s) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\n':
        out += "&#10;";
        break;
      case '\t':
        out += "&#9;";
        break;
      default:
        if (c >= 0x20) out += static_cast<char>(c);
    }
  }
  return out;
}

inline std::string num(double x) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f", x);
  return buf;
}

// Three decimals, for Graphviz's inches.
inline std::string num3(double x) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.3f", x);
  return buf;
}

// The map's text: the page's style sheet and script (src/map/page.css and
// page.js, embedded at build time by cmake/embed_text.cmake).
const char* map_page_style();
const char* map_page_script();

// Whether a node has an edge to another node (not only to itself): the
// drawing holds it; a node without is listed in the panel below.
inline bool has_link(const Graph& graph, size_t v) {
  const auto& g = graph.g;
  for (auto e : boost::make_iterator_range(boost::out_edges(v, g)))
    if (boost::target(e, g) != v) return true;
  for (auto e : boost::make_iterator_range(boost::in_edges(v, g)))
    if (boost::source(e, g) != v) return true;
  return false;
}

// Labels for as many nodes of a laid-out map as fit (at most
// `options.labels`), largest first (labels.cc).
void place_labels(const Graph& graph, const MapOptions& options, MapLayout& layout);

// Each node's neighbours for the layout (layout.cc), each once. Past
// kLayoutLinks linked pairs, only the backbone: a pair is kept when it is
// among the kBackbone strongest links (summed weight, then the lower node)
// of either of its nodes.
constexpr size_t kLayoutLinks = 50000;
constexpr size_t kBackbone = 10;
std::vector<std::vector<size_t>> layout_links(const Graph& graph);

// Each node's first date: its earliest note's or edge's (empty when none is
// dated); and, with `since` set, layout.new_node / new_edge (since.cc).
std::vector<Date> first_seen(const Graph& graph);
void mark_new(const Graph& graph, const Date& since, MapLayout& layout);

// The picture's body, shared by the SVG and the HTML page (svg.cc).
void svg_body(std::ostringstream& s, const Graph& graph, const MapLayout& layout, const MapOptions& options);

}  // namespace wngraph::detail
