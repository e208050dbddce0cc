// Graph (+ a date) -> when each node first appeared, and which nodes and
// edges are new since the date (`wngraph map --since`). Entry points:
// detail::first_seen(), detail::mark_new(). Tested by tests/map_test.cc.
#include <unordered_map>

#include "map/common.h"

namespace wngraph::detail {

std::vector<Date> first_seen(const Graph& graph) {
  const auto& g = graph.g;
  std::vector<Date> first(boost::num_vertices(g));
  auto take = [&](size_t v, const Date& d) {
    if (d.complete() && (first[v].empty() || d < first[v])) first[v] = d;
  };
  std::unordered_map<std::string, Date> note_date;
  for (const auto& n : graph.notes) note_date[n.id] = n.date;
  for (auto v : boost::make_iterator_range(boost::vertices(g)))
    for (const auto& id : g[v].notes) {
      auto it = note_date.find(id);
      if (it != note_date.end()) take(v, it->second);
    }
  for (auto e : boost::make_iterator_range(boost::edges(g))) {
    take(boost::source(e, g), g[e].first_seen);
    take(boost::target(e, g), g[e].first_seen);
  }
  return first;
}

void mark_new(const Graph& graph, const Date& since, MapLayout& layout) {
  const auto& g = graph.g;
  layout.new_node.assign(boost::num_vertices(g), false);
  layout.new_edge.clear();
  if (since.empty()) return;
  std::vector<Date> first = first_seen(graph);
  for (size_t v = 0; v < first.size(); ++v) layout.new_node[v] = !first[v].empty() && !(first[v] < since);
  for (const auto& e : graph.edges()) {
    const Date& d = g[e].first_seen;
    layout.new_edge.push_back(d.complete() && !(d < since));
  }
}

}  // namespace wngraph::detail
