// MapLayout -> the map as SVG: edges, nodes, labels with leader lines, and a
// legend. Entry points: render_map_svg(), detail::svg_body(). Tested by
// tests/map_test.cc and tests/map_check.py.
#include <algorithm>
#include <cmath>
#include <set>
#include <sstream>

#include "map/common.h"

namespace wngraph {
namespace detail {

void svg_body(std::ostringstream& s, const Graph& graph, const MapLayout& L, const MapOptions& o) {
  const auto& g = graph.g;
  s << "<g id=\"viewport\">\n<g id=\"edges\" stroke=\"#8888\" stroke-linecap=\"round\">\n";
  size_t k = 0;
  for (const auto& e : graph.edges()) {
    size_t a = boost::source(e, g), b = boost::target(e, g);
    const auto& p = g[e];
    bool fresh = !L.new_edge.empty() && L.new_edge[k++];
    s << "<line class=\"edge" << (fresh ? " new" : "") << "\" data-edge=\"" << p.id << "\" data-s=\"" << a
      << "\" data-t=\"" << b << "\" data-rel=\"" << relation_name(p.relation) << "\"";
    if (fresh) s << " stroke=\"" << kNewColour << "\"";
    s << " x1=\"" << num(L.position[a].x) << "\" y1=\"" << num(L.position[a].y) << "\" x2=\"" << num(L.position[b].x)
      << "\" y2=\"" << num(L.position[b].y) << "\" stroke-width=\"" << num(std::min(1.0 + std::log2(p.weight), 5.0))
      << "\"/>\n";
  }
  s << "</g>\n<g id=\"nodes\" stroke=\"#fff\" stroke-width=\"1\">\n";
  for (auto v : boost::make_iterator_range(boost::vertices(g))) {
    const auto& p = g[v];
    bool fresh = !L.new_node.empty() && L.new_node[v];
    s << "<circle class=\"node" << (fresh ? " new" : "") << "\" data-node=\"" << v << "\" data-type=\""
      << type_name(p.type) << "\" cx=\"" << num(L.position[v].x) << "\" cy=\"" << num(L.position[v].y) << "\" r=\""
      << num(L.radius[v]) << "\" fill=\"" << fill_of(p, o) << "\"";
    if (p.metrics.count("community")) s << " data-community=\"" << metric(p, "community") << "\"";
    if (fresh) s << " stroke=\"" << kNewColour << "\" stroke-width=\"3\"";
    s << "><title>" << xml_escape(p.label) << " (" << type_name(p.type) << ")</title></circle>\n";
  }
  s << "</g>\n<g id=\"labels\" font-family=\"Helvetica, Arial, sans-serif\" font-size=\"" << kFont
    << "\" fill=\"#222\">\n";
  for (const auto& l : L.labels) {
    const Point& c = L.position[l.node];
    if (l.leader) {
      double lx = std::clamp(c.x, l.box.x, l.box.x + l.box.w), ly = std::clamp(c.y, l.box.y, l.box.y + l.box.h);
      s << "<line class=\"leader\" x1=\"" << num(c.x) << "\" y1=\"" << num(c.y) << "\" x2=\"" << num(lx) << "\" y2=\""
        << num(ly) << "\" stroke=\"#999\" stroke-width=\"0.7\"/>\n";
    }
    s << "<text class=\"label\" data-node=\"" << l.node << "\" x=\"" << num(l.box.x + 2) << "\" y=\""
      << num(l.box.y + l.box.h - 4) << "\" data-box=\"" << num(l.box.x) << ' ' << num(l.box.y) << ' ' << num(l.box.w)
      << ' ' << num(l.box.h) << "\">" << xml_escape(g[l.node].label) << "</text>\n";
  }
  for (const auto& c : L.captions)
    s << "<text class=\"caption\" x=\"" << num(c.box.x) << "\" y=\"" << num(c.box.y + c.box.h - 4)
      << "\" font-weight=\"bold\" fill=\"#555\">" << xml_escape(c.text) << "</text>\n";
  s << "</g>\n</g>\n";
  // Legend: the colours in use.
  s << "<g id=\"legend\" font-family=\"Helvetica, Arial, sans-serif\" font-size=\"12\">\n";
  std::vector<std::pair<std::string, std::string>> items;
  if (o.colour_by == "community") {
    std::set<size_t> cs;
    for (auto v : boost::make_iterator_range(boost::vertices(g)))
      cs.insert(static_cast<size_t>(metric(g[v], "community")));
    for (size_t c : cs)
      if (items.size() < 12) items.push_back({"community " + std::to_string(c), community_colour(c)});
  } else {
    for (EntityType t : kEntityTypes) items.push_back({type_name(t), type_colour(t)});
  }
  bool since = !o.since.empty();
  double y = 16;
  s << "<rect x=\"8\" y=\"4\" width=\"150\" height=\""
    << num(static_cast<double>(items.size() + (since ? 2 : 0)) * 18 + 30) << "\" fill=\"#fffd\" stroke=\"#ccc\"/>\n";
  for (const auto& [name, colour] : items) {
    s << "<circle cx=\"20\" cy=\"" << num(y) << "\" r=\"6\" fill=\"" << colour << "\"/><text x=\"32\" y=\""
      << num(y + 4) << "\">" << xml_escape(name) << "</text>\n";
    y += 18;
  }
  if (since) {
    s << "<g id=\"legend-new\"><circle cx=\"20\" cy=\"" << num(y) << "\" r=\"6\" fill=\"#fff\" stroke=\"" << kNewColour
      << "\" stroke-width=\"3\"/><line x1=\"12\" y1=\"" << num(y + 18) << "\" x2=\"28\" y2=\"" << num(y + 18)
      << "\" stroke=\"" << kNewColour << "\" stroke-width=\"2\"/><text x=\"32\" y=\"" << num(y + 4)
      << "\">new since</text><text x=\"32\" y=\"" << num(y + 22) << "\">" << o.since.iso() << "</text></g>\n";
    y += 36;
  }
  s << "<text x=\"14\" y=\"" << num(y + 6) << "\" fill=\"#555\">size: " << xml_escape(o.size_by) << "</text>\n</g>\n";
}

}  // namespace detail

using namespace detail;

std::string render_map_svg(const Graph& graph, const MapLayout& L, const MapOptions& o) {
  std::ostringstream s;
  s << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"map\" viewBox=\"0 0 "
    << num(L.width) << ' ' << num(L.height) << "\" width=\"" << num(L.width) << "\" height=\"" << num(L.height)
    << "\">\n<title>" << xml_escape(o.title) << "</title>\n<rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>\n";
  svg_body(s, graph, L, o);
  s << "</svg>\n";
  return s.str();
}

}  // namespace wngraph
