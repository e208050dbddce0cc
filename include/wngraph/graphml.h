// GraphML in, GraphML out: figures added to a graph written by any tool
// (Gephi, igraph, NetworkX, yEd, wngraph), everything else left as it was.
#pragma once

#include <string>
#include <string_view>

#include "wngraph/centrality.h"
#include "wngraph/graph.h"

namespace wngraph {

struct GraphmlMetricsOptions {
  CentralityOptions centrality;
  // Edge attribute (by attr.name) holding link weights when
  // centrality.weighted is set; edges without it weigh 1.
  std::string weight_key = "weight";
};

// Reads the first <graph> of `xml` (treated as undirected), computes every
// figure of metric_names() and returns the document with a node key per
// figure (reused when one of that attr.name exists) and a <data> per node.
// Throws Error(source:line) for malformed XML, entity declarations, a missing
// <graph>, or an edge naming an unknown node.
std::string add_metrics_to_graphml(std::string_view xml, const std::string& source,
                                   const GraphmlMetricsOptions& options, CentralitySummary* summary = nullptr);

// Reads the first <graph> of a GraphML file (wngraph's, or another tool's)
// as a Graph: nodes by id with their label and `type` (untyped nodes are
// Organisations), edges with `relation` (else the `label`, lower-cased; else
// mentioned_with), `weight` and wngraph's `evidence` lines; repeated edges
// merged. For `wngraph diff OLD.graphml NEW.graphml`. Throws Error like
// add_metrics_to_graphml().
Graph read_graphml_graph(std::string_view xml, const std::string& source);

}  // namespace wngraph
