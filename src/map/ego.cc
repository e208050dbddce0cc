// Graph + a name -> the subgraph within `depth` links of that node.
// Entry point: ego_graph(). Tested by tests/map_test.cc.
#include <optional>
#include <queue>

#include "text.h"
#include "wngraph/error.h"
#include "wngraph/map.h"

namespace wngraph {

Graph ego_graph(const Graph& graph, const std::string& name, int depth) {
  const auto& g = graph.g;
  std::string want = detail::lower(name);
  std::optional<size_t> centre;
  std::vector<std::string> labels;
  for (auto v : boost::make_iterator_range(boost::vertices(g))) {
    labels.push_back(g[v].label);
    bool hit = detail::lower(g[v].label) == want;
    for (const auto& a : g[v].aliases) hit |= detail::lower(a) == want;
    if (hit && !centre) centre = v;
  }
  if (!centre) {
    throw unknown_name("node", name, labels);
  }
  std::vector<int> dist(boost::num_vertices(g), -1);
  std::queue<size_t> q;
  dist[*centre] = 0;
  q.push(*centre);
  while (!q.empty()) {
    size_t v = q.front();
    q.pop();
    if (dist[v] >= depth) continue;
    auto visit = [&](size_t w) {
      if (dist[w] < 0) dist[w] = dist[v] + 1, q.push(w);
    };
    for (auto e : boost::make_iterator_range(boost::out_edges(v, g))) visit(boost::target(e, g));
    for (auto e : boost::make_iterator_range(boost::in_edges(v, g))) visit(boost::source(e, g));
  }
  Graph out;
  out.notes = graph.notes;
  out.note_count = graph.note_count;
  std::vector<size_t> index(boost::num_vertices(g), SIZE_MAX);
  for (auto v : boost::make_iterator_range(boost::vertices(g)))
    if (dist[v] >= 0) index[v] = boost::add_vertex(g[v], out.g);
  size_t k = 0;
  for (const auto& e : graph.edges()) {
    size_t a = boost::source(e, g), b = boost::target(e, g);
    if (index[a] == SIZE_MAX || index[b] == SIZE_MAX) continue;
    EdgeProps p = g[e];
    p.id = "e" + std::to_string(k++);
    boost::add_edge(index[a], index[b], p, out.g);
  }
  return out;
}

}  // namespace wngraph
