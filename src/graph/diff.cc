// Two graphs -> what is new in the second: nodes, edges and evidence.
// Entry points: diff_graphs(), diff_text(). Tested by tests/diff_test.cc.
#include "wngraph/diff.h"

#include <algorithm>
#include <map>
#include <set>
#include <sstream>
#include <tuple>

namespace wngraph {
namespace {

using EdgeKey = std::tuple<std::string, Relation, std::string>;

EdgeKey key_of(const Graph& graph, EdgeRef e) {
  const auto& g = graph.g;
  return {g[boost::source(e, g)].id, g[e].relation, g[boost::target(e, g)].id};
}

std::map<EdgeKey, EdgeRef> edges_by_key(const Graph& graph) {
  std::map<EdgeKey, EdgeRef> out;
  for (auto e : graph.edges()) out.emplace(key_of(graph, e), e);
  return out;
}

// The evidence in `now` and not in `then` (null: none before).
std::vector<Evidence> fresh(const std::vector<Evidence>& now, const std::vector<Evidence>* then) {
  if (!then) return now;
  std::vector<Evidence> out;
  for (const auto& ev : now)
    if (!std::binary_search(then->begin(), then->end(), ev)) out.push_back(ev);
  return out;
}

std::string quote(const Evidence& ev) {
  std::string line = "      \u201c" + ev.sentence + "\u201d (" + ev.note_id;
  if (!ev.date.empty()) line += ", " + ev.date.iso();
  return line + ")";
}

}  // namespace

GraphDiff diff_graphs(const Graph& before, Graph& after) {
  GraphDiff d;
  d.before_nodes = boost::num_vertices(before.g);
  d.before_edges = boost::num_edges(before.g);
  std::set<std::string> old_nodes;
  for (auto v : boost::make_iterator_range(boost::vertices(before.g))) old_nodes.insert(before.g[v].id);
  for (auto v : boost::make_iterator_range(boost::vertices(after.g))) {
    bool is_new = !old_nodes.count(after.g[v].id);
    after.g[v].change = is_new ? "new" : "unchanged";
    if (is_new) d.new_nodes.push_back(v);
  }
  auto old_edges = edges_by_key(before);
  for (auto e : after.edges()) {
    auto it = old_edges.find(key_of(after, e));
    auto& p = after.g[e];
    if (it == old_edges.end()) {
      p.change = "new";
      d.new_edges.push_back(e);
    } else if (p.weight > before.g[it->second].weight) {
      p.change = "strengthened";
      d.strengthened.push_back({e, before.g[it->second].weight});
    } else {
      p.change = "unchanged";
    }
  }
  return d;
}

std::vector<Evidence> new_evidence(const Graph& before, const Graph& after, EdgeRef edge) {
  auto old_edges = edges_by_key(before);
  auto it = old_edges.find(key_of(after, edge));
  return fresh(after.g[edge].evidence, it == old_edges.end() ? nullptr : &before.g[it->second].evidence);
}

std::string diff_text(const Graph& before, const Graph& after, const GraphDiff& d, const std::string& heading,
                      size_t evidence_per_edge) {
  const auto& g = after.g;
  std::ostringstream out;
  out << heading << "\n";
  auto count = [](size_t n, const char* what) { return std::to_string(n) + " " + what + (n == 1 ? "" : "s"); };
  out << "Before: " << count(d.before_nodes, "node") << ", " << count(d.before_edges, "relation")
      << ". After: " << count(boost::num_vertices(g), "node") << ", " << count(boost::num_edges(g), "relation")
      << ".\n";
  std::vector<Vertex> people, others;
  for (auto v : d.new_nodes) (g[v].type == EntityType::kPerson ? people : others).push_back(v);
  out << "\nNew people (" << people.size() << ")\n";
  for (auto v : people) out << "  " << g[v].label << "\n";
  out << "\nNew organisations, teams, programmes and forums (" << others.size() << ")\n";
  for (auto v : others) out << "  " << g[v].label << " (" << type_name(g[v].type) << ")\n";
  auto relation = [&](EdgeRef e) {
    return g[boost::source(e, g)].label + " -" + relation_name(g[e].relation) + "-> " + g[boost::target(e, g)].label;
  };
  auto old_edges = edges_by_key(before);
  auto evidence = [&](EdgeRef e) {
    auto it = old_edges.find(key_of(after, e));
    auto evs = fresh(g[e].evidence, it == old_edges.end() ? nullptr : &before.g[it->second].evidence);
    for (size_t i = 0; i < evs.size() && i < evidence_per_edge; ++i) out << quote(evs[i]) << "\n";
    if (evs.size() > evidence_per_edge) out << "      and " << evs.size() - evidence_per_edge << " more\n";
  };
  out << "\nNew relations (" << d.new_edges.size() << ")\n";
  for (auto e : d.new_edges) {
    out << "  " << relation(e) << "\n";
    evidence(e);
  }
  out << "\nStrengthened relations (" << d.strengthened.size() << ")\n";
  for (const auto& s : d.strengthened) {
    out << "  " << relation(s.edge) << " (x" << s.old_weight << " -> x" << g[s.edge].weight << ")\n";
    evidence(s.edge);
  }
  return out.str();
}

}  // namespace wngraph
