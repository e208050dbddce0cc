// What changed between two graphs of one corpus: new people and
// organisations, new and strengthened relations, with the evidence that is
// new. `wngraph diff` builds the graph of the notes before --since and the
// graph up to --until, and compares them.
#pragma once

#include <string>
#include <vector>

#include "wngraph/graph.h"

namespace wngraph {

struct GraphDiff {
  std::vector<Vertex> new_nodes;   // in `after`, by id
  std::vector<EdgeRef> new_edges;  // in `after`, in edge order
  struct Strengthened {
    EdgeRef edge;    // in `after`
    int old_weight;  // its weight in `before`
  };
  std::vector<Strengthened> strengthened;
  size_t before_nodes = 0, before_edges = 0;
};

// Compares by node id and by (source id, relation, target id), and marks
// `after`'s nodes and edges with their `change` ("new", "strengthened",
// "unchanged") for GraphML and GEXF.
GraphDiff diff_graphs(const Graph& before, Graph& after);

// The evidence of an edge of `after` that `before` did not have (all of it
// for a new edge), by date.
std::vector<Evidence> new_evidence(const Graph& before, const Graph& after, EdgeRef edge);

// The diff as text for people: a heading, then each kind of change with its
// items, each relation with its new evidence (at most `evidence_per_edge`
// sentences).
std::string diff_text(const Graph& before, const Graph& after, const GraphDiff& diff, const std::string& heading,
                      size_t evidence_per_edge = 3);

}  // namespace wngraph
