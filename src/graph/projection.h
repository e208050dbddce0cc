// The projection the figures are computed on: the graph's links in
// compressed sparse row form, and the thread pool they share. Internal to
// src/graph/.
#pragma once

#include "parallel.h"

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

#include "wngraph/centrality.h"

namespace wngraph::detail {

// The projection in compressed sparse row form: both directions of each link.
struct Csr {
  size_t n = 0;
  std::vector<size_t> off;    // n + 1
  std::vector<uint32_t> adj;  // neighbours
  std::vector<double> w;      // link strength (mentions, or 1)
  bool weighted = false;
};

// The projection of `pg`; `weighted`: strengths are the summed weights, else 1.
Csr build_csr(const PlainGraph& pg, bool weighted);

// The unweighted twin of a CSR: same rows, strengths 1.
Csr unit_of(const Csr& strong);

constexpr size_t kChunks = 16;

// Closeness of a node from the distances of its search (NetworkX's
// definition: Wasserman-Faust for disconnected graphs).
inline double closeness_of(size_t n, double total, size_t reached) {
  return total > 0 && n > 1 ? (reached / total) * (static_cast<double>(reached) / (n - 1)) : 0.0;
}

// The figures, one family per file: each takes the projection and returns
// one value per node.
// shortest_paths.cc: exact betweenness (fills `closeness` too when given,
// from the same searches), sampled betweenness, closeness.
std::vector<double> exact_betweenness(const Csr& g, unsigned threads, std::vector<double>* closeness,
                                      const std::function<void(double)>& report);
std::vector<double> approx_betweenness(const Csr& g, const CentralityOptions& opt, unsigned threads,
                                       CentralitySummary& summary);
std::vector<double> closeness(const Csr& g, unsigned threads, const std::function<void(double)>& report);
// spectral.cc
std::vector<double> eigenvector(const Csr& g);
std::vector<double> pagerank(const Csr& g, double damping = 0.85);
// communities.cc: Louvain; `modularity` set to the partition's.
std::vector<size_t> louvain(const Csr& g, uint64_t seed, double& modularity);

}  // namespace wngraph::detail
