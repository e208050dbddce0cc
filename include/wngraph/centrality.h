// Centrality and communities: figures per node, stored in NodeProps::metrics,
// computed on the undirected simple projection of the graph (the relations
// between two nodes merged into one link; its weight the summed mentions).
//
// Definitions and normalisations are NetworkX's, so figures can be compared
// with NetworkX, igraph and Gephi (docs/analytics.md).
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "wngraph/graph.h"

namespace wngraph {

enum class BetweennessMode { kAuto, kExact, kApprox };

struct CentralityOptions {
  // Use mention counts: as link strengths for weighted degree, eigenvector,
  // PageRank and Louvain; as distances 1/weight for betweenness and closeness
  // (a link mentioned often is a short one). Off: every link counts 1.
  bool weighted = false;
  // Leave `mentioned_with` edges out of the projection.
  bool skip_weak = true;
  // Threads for betweenness (0 = hardware concurrency). The figures do not
  // depend on the thread count.
  unsigned threads = 0;
  // Exact (Brandes) or approximate (Riondato-Kornaropoulos sampling)
  // betweenness; kAuto picks exact up to `exact_limit` nodes.
  BetweennessMode betweenness = BetweennessMode::kAuto;
  size_t exact_limit = 20000;
  // Approximation: with probability 1 - delta every node's betweenness (as a
  // fraction of ordered pairs) is within epsilon of the exact value.
  double epsilon = 0.01;
  double delta = 0.1;
  // Seed for sampling and for Louvain's visiting order.
  uint64_t seed = 1;
  // Compute only these figures (names from metric_names()); empty = all.
  std::vector<std::string> only;
  // Called now and then during the long searches (betweenness, closeness)
  // with the figure's name and the share done, from any thread, never
  // concurrently. Empty: no reports.
  std::function<void(const std::string& figure, double done)> progress;
};

// Names of the node figures compute_centrality() fills in, in export order:
// degree, weighted_degree, betweenness, closeness, eigenvector, pagerank,
// community (an integer id; 0 is the largest community).
const std::vector<std::string>& metric_names();

struct CentralitySummary {
  double modularity = 0;  // of the Louvain partition
  size_t communities = 0;
  bool approximate = false;  // betweenness was sampled
  size_t samples = 0;        // pairs sampled when approximate
  double error_bound = 0;    // on NetworkX-normalised betweenness, w.p. 1 - delta
  // Wall-clock seconds spent on each figure computed (closeness is free when
  // it comes with exact betweenness).
  std::vector<std::pair<std::string, double>> seconds;
};

// Entry point of the stage: fills graph's node metrics.
CentralitySummary compute_centrality(Graph& graph, const CentralityOptions& options = {});
// The same, running `alongside` (on another thread) while the path figures
// (betweenness, closeness), the slowest, are computed: it sees the graph
// with every other figure already in its nodes' metrics, and must only
// read it. The figures are the same as without; what `alongside` throws
// is thrown here.
CentralitySummary compute_centrality(Graph& graph, const CentralityOptions& options,
                                     const std::function<void(const Graph&)>& alongside);

// The same on a plain undirected graph: n nodes, edges as (u, v, weight);
// parallel edges are merged (weights summed), self-loops dropped. Results are
// indexed by node; `metrics` maps each name of metric_names() to n values.
struct PlainGraph {
  size_t n = 0;
  std::vector<std::pair<size_t, size_t>> edges;
  std::vector<double> weights;  // empty = all 1
};
struct Metrics {
  // In metric_names() order; a figure not asked for (CentralityOptions::only)
  // is an empty vector.
  std::vector<std::vector<double>> values;
  CentralitySummary summary;
};
Metrics compute_metrics(const PlainGraph& g, const CentralityOptions& options = {});

}  // namespace wngraph
