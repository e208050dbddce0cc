// Resolution -> Graph: one Boost.Graph vertex per entity, one edge per
// (source, relation, target) carrying every piece of evidence.
// Entry points: build_graph(), dump(). Tested by tests/graph_test.cc.
#include "wngraph/graph.h"
#include "wngraph/centrality.h"
#include "wngraph/resolve.h"

#include <algorithm>
#include <sstream>
#include <stdexcept>
#include <tuple>

namespace wngraph {

const std::array<std::string, MetricValues::kCount>& MetricValues::names() {
  // centrality.h's list, sorted: the names are written once.
  static const std::array<std::string, kCount> n = [] {
    const auto& m = metric_names();
    if (m.size() != kCount) throw std::logic_error("MetricValues::kCount differs from metric_names()");
    std::array<std::string, kCount> a;
    std::copy(m.begin(), m.end(), a.begin());
    std::sort(a.begin(), a.end());
    return a;
  }();
  return n;
}

size_t MetricValues::index(std::string_view name) {
  const auto& n = names();
  auto it = std::lower_bound(n.begin(), n.end(), name);
  return it != n.end() && *it == name ? static_cast<size_t>(it - n.begin()) : kCount;
}

MetricValues::const_iterator MetricValues::find(std::string_view name) const {
  size_t i = index(name);
  return i < kCount && (present_ & (1u << i)) ? const_iterator(this, i) : end();
}

double MetricValues::at(std::string_view name) const {
  auto it = find(name);
  if (it == end()) throw std::out_of_range("no figure named " + std::string(name));
  return (*it).second;
}

double& MetricValues::operator[](std::string_view name) {
  size_t i = index(name);
  if (i == kCount) throw std::out_of_range("no figure named " + std::string(name));
  if (!(present_ & (1u << i))) values_[i] = 0;
  present_ = static_cast<uint8_t>(present_ | (1u << i));
  return values_[i];
}

size_t MetricValues::size() const {
  size_t n = 0;
  for (size_t i = 0; i < kCount; ++i) n += (present_ >> i) & 1u;
  return n;
}

bool MetricValues::operator==(const MetricValues& o) const {
  if (present_ != o.present_) return false;
  for (size_t i = 0; i < kCount; ++i)
    if ((present_ & (1u << i)) && values_[i] != o.values_[i]) return false;
  return true;
}

std::vector<EdgeRef> Graph::edges() const {
  std::vector<EdgeRef> out;
  auto [b, e] = boost::edges(g);
  out.assign(b, e);
  std::sort(out.begin(), out.end(), [&](const EdgeRef& x, const EdgeRef& y) {
    return std::make_tuple(boost::source(x, g), g[x].relation, boost::target(x, g)) <
           std::make_tuple(boost::source(y, g), g[y].relation, boost::target(y, g));
  });
  return out;
}

Graph build_graph(const Resolution& resolution, size_t note_count) {
  Resolution copy = resolution;
  return build_graph(std::move(copy), note_count);
}

Graph build_graph(Resolution&& r, size_t note_count) {
  // Made at their number at once: added one by one, the vertex storage
  // would grow by doubling and be whole twice when it moves.
  Graph graph{BoostGraph(r.entities.size()), note_count, {}, {}};
  // Entities come sorted by key, so vertex order is stable.
  // Everything is moved out of the resolution: a big graph is in memory
  // once, not twice.
  for (size_t v = 0; v < r.entities.size(); ++v) {
    Entity& e = r.entities[v];
    NodeProps& p = graph.g[v];
    p.id = std::move(e.key);
    p.label = std::move(e.name);
    p.type = e.type;
    p.author = e.author;
    p.aliases.assign(e.aliases.begin(), e.aliases.end());
    p.notes.assign(e.notes.begin(), e.notes.end());
    e = Entity{};
  }
  // Assertions sorted by edge, highest first, so each edge's run is taken
  // from the back, lowest first: the deque gives its blocks back as the
  // graph grows, and the two are never whole together.
  auto key = [](const Assertion& a) { return std::make_tuple(a.source, a.relation, a.target); };
  auto& as = r.assertions;
  std::sort(as.begin(), as.end(), [&](const Assertion& x, const Assertion& y) { return key(y) < key(x); });
  std::vector<Evidence> run;
  size_t n = 0;
  while (!as.empty()) {
    const auto k = key(as.back());
    run.clear();
    while (!as.empty() && key(as.back()) == k) {
      run.push_back(std::move(as.back().evidence));
      as.pop_back();
    }
    std::sort(run.begin(), run.end());
    // The same sentence found by several rules is one piece of evidence
    // naming every rule; the edge's list is sized exactly.
    size_t distinct = 0;
    for (size_t i = 0; i < run.size(); ++i) distinct += i == 0 || !(run[i - 1] == run[i]);
    EdgeProps p;
    p.evidence.reserve(distinct);
    for (auto& x : run) {
      if (!p.evidence.empty() && p.evidence.back() == x)
        p.evidence.back().rules.add(x.rules);
      else
        p.evidence.push_back(std::move(x));
    }
    p.id = "e" + std::to_string(n++);
    p.relation = std::get<1>(k);
    p.weight = static_cast<int>(p.evidence.size());
    for (const auto& x : p.evidence) {
      if (x.date.empty()) continue;
      if (p.first_seen.empty() || x.date < p.first_seen) p.first_seen = x.date;
      if (p.last_seen.empty() || p.last_seen < x.date) p.last_seen = x.date;
    }
    auto added = boost::add_edge(std::get<0>(k), std::get<2>(k), graph.g);
    graph.g[added.first] = std::move(p);
  }
  return graph;
}

std::string dump(const Graph& graph) {
  std::ostringstream out;
  const auto& g = graph.g;
  for (auto v : boost::make_iterator_range(boost::vertices(g))) {
    out << type_name(g[v].type) << (g[v].author ? "(author)" : "") << " " << g[v].label;
    if (!g[v].aliases.empty()) {
      out << " [";
      for (size_t i = 0; i < g[v].aliases.size(); ++i) out << (i ? "; " : "") << g[v].aliases[i];
      out << "]";
    }
    out << "\n";
  }
  for (const auto& e : graph.edges()) {
    out << g[boost::source(e, g)].label << " -" << relation_name(g[e].relation)
        << (is_symmetric(g[e].relation) ? "- " : "-> ") << g[boost::target(e, g)].label;
    if (g[e].weight > 1) out << " x" << g[e].weight;
    out << "\n";
  }
  return out.str();
}

bool has_changes(const Graph& graph) {
  const auto& g = graph.g;
  for (auto v : boost::make_iterator_range(boost::vertices(g)))
    if (!g[v].change.empty()) return true;
  for (auto e : boost::make_iterator_range(boost::edges(g)))
    if (!g[e].change.empty()) return true;
  return false;
}

}  // namespace wngraph
