// Centrality: figures per node, stored in NodeProps::metrics, computed on the
// undirected simple projection of the graph (parallel relations merged).
#pragma once

#include <string>
#include <vector>

#include "wngraph/graph.h"

namespace wngraph {

struct CentralityOptions {
  // Weight the projection by mention count (summed over relations) instead of 1.
  bool weighted = false;
  // Leave out `mentioned_with` edges from the projection.
  bool skip_weak = true;
  // Threads for betweenness (0 = hardware concurrency).
  unsigned threads = 0;
};

// Names of the figures compute_centrality() fills in, in export order.
const std::vector<std::string>& metric_names();

// Entry point of the stage: fills graph's node metrics.
void compute_centrality(Graph& graph, const CentralityOptions& options = {});

}  // namespace wngraph
