// MapLayout -> Graphviz DOT with every node pinned where the layout put it,
// for `neato -n2 -Tpng` (the PNG map). Entry point: render_map_dot().
// Tested by tests/map_test.cc and tests/e2e_test.sh (a PNG drawn).
#include <set>
#include <sstream>

#include "map/common.h"

namespace wngraph {

using namespace detail;

std::string render_map_dot(const Graph& graph, const MapLayout& L, const MapOptions& o) {
  const auto& g = graph.g;
  std::ostringstream s;
  auto q = [](const std::string& x) {
    std::string out = "\"";
    for (char c : x) {
      if (c == '"' || c == '\\') out += '\\';
      if (c == '\n') {
        out += "\\n";
        continue;
      }
      out += c;
    }
    return out + "\"";
  };
  std::set<size_t> labelled;
  for (const auto& l : L.labels) labelled.insert(l.node);
  // Points at 72 per inch; y grows upwards in Graphviz.
  s << "graph map {\n  graph [bgcolor=white, outputorder=edgesfirst, bb=\"0,0," << num(L.width) << ',' << num(L.height)
    << "\"];\n  node [shape=circle, style=filled, color=white, fontname=\"Helvetica\", fontsize=10, fixedsize=true];\n"
    << "  edge [color=\"#88888888\"];\n";
  for (auto v : boost::make_iterator_range(boost::vertices(g))) {
    s << "  n" << v << " [pos=\"" << num(L.position[v].x) << ',' << num(L.height - L.position[v].y)
      << "\", width=" << num(L.radius[v] * 2 / 72) << ", label=\"\", fillcolor=\"" << fill_of(g[v], o) << "\"";
    if (!L.new_node.empty() && L.new_node[v]) s << ", color=\"" << kNewColour << "\", penwidth=3";
    if (labelled.count(v)) s << ", xlabel=" << q(g[v].label);
    s << "];\n";
  }
  size_t k = 0;
  for (const auto& e : graph.edges()) {
    s << "  n" << boost::source(e, g) << " -- n" << boost::target(e, g);
    if (!L.new_edge.empty() && L.new_edge[k]) s << " [color=\"" << kNewColour << "\", penwidth=2]";
    s << ";\n";
    ++k;
  }
  k = 0;
  for (const auto& c : L.captions)
    s << "  caption" << k++ << " [shape=plaintext, style=\"\", fixedsize=false, fontsize=12, pos=\""
      << num(c.box.x + c.box.w / 2) << ',' << num(L.height - c.box.y - c.box.h / 2) << "\", label=" << q(c.text)
      << "];\n";
  s << "}\n";
  return s.str();
}

}  // namespace wngraph
