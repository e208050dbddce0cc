// The knowledge graph: a Boost.Graph adjacency list of entities and relations.
// One edge per (source, relation, target); repeated evidence raises `weight`.
#pragma once

#include <array>
#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <boost/graph/adjacency_list.hpp>

#include "wngraph/model.h"

namespace wngraph {

// A node's figures by name ("betweenness", "pagerank", ...), in name order
// like a std::map but flat: seven doubles and a mask, not seven map nodes
// (a 100,000-node graph held 50 MB of maps). Names are those of
// metric_names() (centrality.h); `at` and `operator[]` throw
// std::out_of_range for any other.
class MetricValues {
 public:
  static constexpr size_t kCount = 7;
  // The names in the order iteration gives them (alphabetical).
  static const std::array<std::string, kCount>& names();

  using value_type = std::pair<const std::string&, double>;
  class const_iterator {
   public:
    const_iterator(const MetricValues* m, size_t i) : m_(m), i_(i) { skip(); }
    value_type operator*() const { return {names()[i_], m_->values_[i_]}; }
    struct Arrow {
      value_type pair;
      const value_type* operator->() const { return &pair; }
    };
    Arrow operator->() const { return {**this}; }
    const_iterator& operator++() {
      ++i_;
      skip();
      return *this;
    }
    bool operator==(const const_iterator& o) const { return i_ == o.i_; }
    bool operator!=(const const_iterator& o) const { return i_ != o.i_; }

   private:
    void skip() {
      while (i_ < kCount && !(m_->present_ & (1u << i_))) ++i_;
    }
    const MetricValues* m_;
    size_t i_;
  };

  const_iterator begin() const { return {this, 0}; }
  const_iterator end() const { return {this, kCount}; }
  const_iterator find(std::string_view name) const;
  size_t count(std::string_view name) const { return find(name) != end() ? 1 : 0; }
  double at(std::string_view name) const;
  double& operator[](std::string_view name);  // adds the figure (0) if absent
  bool empty() const { return present_ == 0; }
  size_t size() const;
  bool operator==(const MetricValues& o) const;
  bool operator!=(const MetricValues& o) const { return !(*this == o); }

 private:
  static size_t index(std::string_view name);  // kCount if unknown
  std::array<double, kCount> values_{};
  uint8_t present_ = 0;
};

struct NodeProps {
  std::string id;  // stable, from the entity key
  std::string label;
  EntityType type = EntityType::kPerson;
  bool author = false;
  std::vector<std::string> aliases;  // sorted
  std::vector<SharedText> notes;     // sorted note ids
  MetricValues metrics;              // "degree", "betweenness", ...
  std::string change;                // wngraph diff: "new" or "unchanged"; "" in other graphs
};

struct EdgeProps {
  std::string id;  // "e0", "e1", ... in edge order
  Relation relation = Relation::kMetWith;
  int weight = 0;                  // number of evidence sentences (>= 1)
  std::vector<Evidence> evidence;  // sorted by date, note, sentence
  Date first_seen, last_seen;
  std::string change;  // wngraph diff: "new", "strengthened" or "unchanged"; "" in other graphs
};

// Symmetric relations are stored once, from the lower to the higher node id.
using BoostGraph = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS, NodeProps, EdgeProps>;
using Vertex = BoostGraph::vertex_descriptor;
using EdgeRef = BoostGraph::edge_descriptor;

// What exporters need to know of a note (a BlogPosting in JSON-LD, a time
// spell in GEXF).
struct NoteMeta {
  std::string id, title, author, source;
  Date date;
};

// A node's place in the map's layout, in px with y downwards: what exports
// carry (to 2 decimals) for readers that draw (docs/formats.md).
struct NodePosition {
  double x = 0, y = 0;
};

struct Graph {
  BoostGraph g;  // vertices sorted by id; edges in (source, relation, target) order
  size_t note_count = 0;
  std::vector<NoteMeta> notes;         // the notes read, in reading order (may be empty)
  std::vector<EdgeRef> edges() const;  // in stable order
  // Every node's position (layout_positions()), when the pipeline was asked
  // for them (PipelineOptions::positions); else empty.
  std::vector<NodePosition> positions;
};

// Whether a node or edge carries a `change` (the graph is a diff's).
bool has_changes(const Graph& graph);

struct Resolution;  // wngraph/resolve.h: what the graph is built from

// Entry point of the stage.
Graph build_graph(const Resolution& resolution, size_t note_count = 0);
// The same, moving everything out of the resolution (left empty).
Graph build_graph(Resolution&& resolution, size_t note_count = 0);

// A deterministic text dump for tests and diffs: one line per node
// ("Person Kay Brown [aliases]") then one per edge ("A -met_with-> B x2").
std::string dump(const Graph& graph);

}  // namespace wngraph
