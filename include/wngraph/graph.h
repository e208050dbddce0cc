// The knowledge graph: a Boost.Graph adjacency list of entities and relations.
// One edge per (source, relation, target); repeated evidence raises `weight`.
#pragma once

#include <map>
#include <string>
#include <vector>

#include <boost/graph/adjacency_list.hpp>

#include "wngraph/model.h"

namespace wngraph {

struct NodeProps {
  std::string id;  // stable, from the entity key
  std::string label;
  EntityType type = EntityType::kPerson;
  bool author = false;
  std::vector<std::string> aliases;       // sorted
  std::vector<std::string> notes;         // sorted note ids
  std::map<std::string, double> metrics;  // "degree", "betweenness", ...
};

struct EdgeProps {
  std::string id;  // "e0", "e1", ... in edge order
  Relation relation = Relation::kMetWith;
  int weight = 0;                  // number of evidence sentences (>= 1)
  std::vector<Evidence> evidence;  // sorted by date, note, sentence
  Date first_seen, last_seen;
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

struct Graph {
  BoostGraph g;  // vertices sorted by id; edges in (source, relation, target) order
  size_t note_count = 0;
  std::vector<NoteMeta> notes;         // the notes read, in reading order (may be empty)
  std::vector<EdgeRef> edges() const;  // in stable order
};

struct Resolution;  // wngraph/resolve.h: what the graph is built from

// Entry point of the stage.
Graph build_graph(const Resolution& resolution, size_t note_count = 0);

// A deterministic text dump for tests and diffs: one line per node
// ("Person Kay Brown [aliases]") then one per edge ("A -met_with-> B x2").
std::string dump(const Graph& graph);

}  // namespace wngraph
