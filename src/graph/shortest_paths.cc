// Csr -> betweenness (exact Brandes, multi-threaded, or Riondato-Kornaropoulos
// sampling) and closeness, NetworkX's definitions and normalisations.
// Entry points: detail::exact_betweenness(), detail::approx_betweenness(),
// detail::closeness(). Tested by tests/centrality_test.cc (reference
// implementations, Boost's Brandes) and tests/analytics_check.py.
#include <algorithm>
#include <cmath>
#include <queue>
#include <random>

#include "graph/projection.h"

namespace wngraph::detail {
namespace {

// closeness[s] from the distances of one search (`order`: the nodes reached).
template <class Dist>
void store_closeness(const std::vector<uint32_t>& order, const std::vector<Dist>& dist, size_t s,
                     std::vector<double>& closeness) {
  double total = 0;
  for (uint32_t v : order) total += dist[v];
  closeness[s] = closeness_of(dist.size(), total, order.size() - 1);
}

// Brandes' algorithm from the sources s with s % kChunks == chunk, adding
// each source's dependencies to `bc` (unweighted: BFS).
// Also writes closeness[s] for its sources when `closeness` is not null
// (each source belongs to one chunk, so chunks never write the same slot).
void brandes_bfs(const Csr& g, size_t chunk, std::vector<double>& bc, std::vector<double>* closeness) {
  size_t n = g.n;
  std::vector<int> dist(n, -1);
  std::vector<double> sigma(n, 0), delta(n, 0);
  std::vector<uint32_t> order;
  order.reserve(n);
  for (size_t s = chunk; s < n; s += kChunks) {
    order.clear();
    dist[s] = 0;
    sigma[s] = 1;
    order.push_back(static_cast<uint32_t>(s));
    for (size_t head = 0; head < order.size(); ++head) {
      uint32_t v = order[head];
      int dv = dist[v] + 1;
      for (size_t e = g.off[v]; e < g.off[v + 1]; ++e) {
        uint32_t w = g.adj[e];
        if (dist[w] < 0) {
          dist[w] = dv;
          order.push_back(w);
        }
        if (dist[w] == dv) sigma[w] += sigma[v];
      }
    }
    if (closeness) store_closeness(order, dist, s, *closeness);
    for (size_t i = order.size(); i-- > 0;) {
      uint32_t v = order[i];
      double coeff = (1.0 + delta[v]) / sigma[v];
      int dv = dist[v] - 1;
      for (size_t e = g.off[v]; e < g.off[v + 1]; ++e) {
        uint32_t p = g.adj[e];
        if (dist[p] == dv) delta[p] += sigma[p] * coeff;
      }
      if (v != s) bc[v] += delta[v];
    }
    for (uint32_t v : order) dist[v] = -1, sigma[v] = 0, delta[v] = 0;
  }
}

// The same with Dijkstra on distances 1/strength.
void brandes_dijkstra(const Csr& g, size_t chunk, std::vector<double>& bc, std::vector<double>* closeness) {
  size_t n = g.n;
  const double inf = std::numeric_limits<double>::infinity();
  std::vector<double> dist(n, inf), sigma(n, 0), delta(n, 0);
  std::vector<std::vector<uint32_t>> pred(n);
  std::vector<uint32_t> order;
  std::vector<char> done(n, 0);
  using Item = std::pair<double, uint32_t>;
  for (size_t s = chunk; s < n; s += kChunks) {
    order.clear();
    std::priority_queue<Item, std::vector<Item>, std::greater<Item>> pq;
    dist[s] = 0;
    sigma[s] = 1;
    pq.push({0.0, static_cast<uint32_t>(s)});
    std::vector<uint32_t> touched{static_cast<uint32_t>(s)};
    while (!pq.empty()) {
      auto [d, v] = pq.top();
      pq.pop();
      if (done[v]) continue;
      done[v] = 1;
      order.push_back(v);
      for (size_t e = g.off[v]; e < g.off[v + 1]; ++e) {
        uint32_t w = g.adj[e];
        double nd = d + 1.0 / g.w[e];
        if (nd < dist[w]) {
          if (dist[w] == inf) touched.push_back(w);
          dist[w] = nd;
          sigma[w] = sigma[v];
          pred[w].assign(1, v);
          pq.push({nd, w});
        } else if (nd == dist[w] && !done[w]) {
          sigma[w] += sigma[v];
          pred[w].push_back(v);
        }
      }
    }
    if (closeness) store_closeness(order, dist, s, *closeness);
    for (size_t i = order.size(); i-- > 0;) {
      uint32_t v = order[i];
      for (uint32_t p : pred[v]) delta[p] += sigma[p] / sigma[v] * (1.0 + delta[v]);
      if (v != s) bc[v] += delta[v];
    }
    for (uint32_t v : touched) dist[v] = inf, sigma[v] = 0, delta[v] = 0, done[v] = 0, pred[v].clear();
  }
}

// Hop eccentricity of `s` within its component, and the component's nodes.
int bfs_ecc(const Csr& g, uint32_t s, std::vector<int>& dist, std::vector<uint32_t>& seen) {
  seen.clear();
  seen.push_back(s);
  dist[s] = 0;
  int ecc = 0;
  for (size_t h = 0; h < seen.size(); ++h) {
    uint32_t v = seen[h];
    for (size_t e = g.off[v]; e < g.off[v + 1]; ++e)
      if (dist[g.adj[e]] < 0) {
        dist[g.adj[e]] = dist[v] + 1;
        ecc = std::max(ecc, dist[v] + 1);
        seen.push_back(g.adj[e]);
      }
  }
  return ecc;
}

}  // namespace

// Exact betweenness; fills `closeness` too when given (same searches).
std::vector<double> exact_betweenness(const Csr& g, unsigned threads, std::vector<double>* closeness,
                                      const std::function<void(double)>& report) {
  size_t n = g.n;
  if (closeness) closeness->assign(n, 0.0);
  std::vector<std::vector<double>> partial(kChunks);
  parallel_chunks(
      kChunks, threads,
      [&](size_t c) {
        partial[c].assign(n, 0.0);
        if (g.weighted)
          brandes_dijkstra(g, c, partial[c], closeness);
        else
          brandes_bfs(g, c, partial[c], closeness);
      },
      report);
  std::vector<double> bc(n, 0.0);
  for (const auto& p : partial)
    for (size_t v = 0; v < n; ++v) bc[v] += p[v];
  // Each unordered pair was counted from both ends; NetworkX normalises an
  // undirected graph's betweenness by (n-1)(n-2)/2.
  double scale = n > 2 ? 1.0 / ((n - 1.0) * (n - 2.0)) : 0.0;
  for (auto& x : bc) x *= scale;
  return bc;
}

// Riondato-Kornaropoulos: r uniformly sampled ordered pairs (s, t), one
// uniformly chosen shortest path each, +1/r to its inner nodes. The number of
// samples r = (c/eps^2)(floor(log2(VD-2)) + 1 + ln(1/delta)), c = 0.5, with VD
// an upper bound on the vertex diameter (twice a BFS eccentricity plus one,
// per component). Paths are found by balanced bidirectional BFS, which on
// sparse, small-world graphs visits a small part of the graph per sample.
std::vector<double> approx_betweenness(const Csr& g, const CentralityOptions& opt, unsigned threads,
                                       CentralitySummary& summary) {
  size_t n = g.n;
  std::vector<double> bc(n, 0.0);
  if (n < 3) return bc;
  std::vector<int> dist(n, -1);
  std::vector<uint32_t> seen;
  int vd = 2;
  for (uint32_t s = 0; s < n; ++s)
    if (dist[s] < 0) vd = std::max(vd, 2 * bfs_ecc(g, s, dist, seen) + 1);
  double log_term = vd > 3 ? std::floor(std::log2(vd - 2.0)) : 0.0;
  size_t r =
      static_cast<size_t>(std::ceil(0.5 / (opt.epsilon * opt.epsilon) * (log_term + 1.0 + std::log(1.0 / opt.delta))));
  summary.samples = r;

  std::vector<std::vector<double>> partial(kChunks);
  parallel_chunks(kChunks, threads, [&](size_t chunk) {
    auto& acc = partial[chunk];
    acc.assign(n, 0.0);
    std::mt19937_64 rng(opt.seed * 0x9E3779B97F4A7C15ULL + chunk);
    std::uniform_int_distribution<uint32_t> pick(0, static_cast<uint32_t>(n - 1));
    std::vector<int> d[2] = {std::vector<int>(n, -1), std::vector<int>(n, -1)};
    std::vector<double> sg[2] = {std::vector<double>(n, 0), std::vector<double>(n, 0)};
    std::vector<uint32_t> visited[2], frontier[2], next;
    std::vector<uint32_t> cut;
    std::vector<double> cut_w;
    size_t mine = r / kChunks + (chunk < r % kChunks ? 1 : 0);
    for (size_t i = 0; i < mine; ++i) {
      uint32_t s = pick(rng), t = pick(rng);
      while (t == s) t = pick(rng);
      uint32_t ends[2] = {s, t};
      for (int k = 0; k < 2; ++k) {
        d[k][ends[k]] = 0;
        sg[k][ends[k]] = 1;
        visited[k].assign(1, ends[k]);
        frontier[k].assign(1, ends[k]);
      }
      cut.clear();
      int side = -1;
      // Expand the side whose frontier has the smaller total degree.
      while (!frontier[0].empty() && !frontier[1].empty()) {
        size_t cost[2] = {0, 0};
        for (int k = 0; k < 2; ++k)
          for (uint32_t v : frontier[k]) cost[k] += g.off[v + 1] - g.off[v];
        int k = cost[0] <= cost[1] ? 0 : 1;
        next.clear();
        int level = d[k][frontier[k][0]] + 1;
        for (uint32_t v : frontier[k])
          for (size_t e = g.off[v]; e < g.off[v + 1]; ++e) {
            uint32_t w = g.adj[e];
            if (d[k][w] < 0) {
              d[k][w] = level;
              visited[k].push_back(w);
              next.push_back(w);
            }
            if (d[k][w] == level) sg[k][w] += sg[k][v];
          }
        frontier[k].swap(next);
        // The new level meets the other side: the shortest paths cross it.
        int best = std::numeric_limits<int>::max();
        for (uint32_t w : frontier[k])
          if (d[1 - k][w] >= 0) best = std::min(best, d[1 - k][w]);
        if (best != std::numeric_limits<int>::max()) {
          for (uint32_t w : frontier[k])
            if (d[1 - k][w] == best) cut.push_back(w);
          side = k;
          break;
        }
      }
      if (side >= 0) {
        // A crossing node with probability sigma_s * sigma_t, then a walk to
        // each end choosing predecessors in proportion to their path counts.
        cut_w.clear();
        double total = 0;
        for (uint32_t x : cut) total += sg[0][x] * sg[1][x], cut_w.push_back(total);
        double u = std::uniform_real_distribution<double>(0, total)(rng);
        size_t at = std::upper_bound(cut_w.begin(), cut_w.end(), u) - cut_w.begin();
        uint32_t x = cut[std::min(at, cut.size() - 1)];
        if (x != s && x != t) acc[x] += 1.0;
        for (int k = 0; k < 2; ++k) {
          uint32_t v = x;
          while (d[k][v] > 1) {
            double target = std::uniform_real_distribution<double>(0, sg[k][v])(rng), run = 0;
            uint32_t chosen = v;
            for (size_t e = g.off[v]; e < g.off[v + 1]; ++e) {
              uint32_t p = g.adj[e];
              if (d[k][p] != d[k][v] - 1) continue;
              chosen = p;
              run += sg[k][p];
              if (run >= target) break;
            }
            v = chosen;
            acc[v] += 1.0;
          }
        }
      }
      for (int k = 0; k < 2; ++k)
        for (uint32_t v : visited[k]) d[k][v] = -1, sg[k][v] = 0;
    }
  });
  for (const auto& p : partial)
    for (size_t v = 0; v < n; ++v) bc[v] += p[v];
  // The estimate is a fraction of ordered pairs; NetworkX's normalisation
  // of an undirected graph is that times n/(n-2).
  double scale = static_cast<double>(n) / (n - 2.0) / static_cast<double>(r);
  for (auto& x : bc) x *= scale;
  summary.approximate = true;
  summary.error_bound = opt.epsilon * n / (n - 2.0);
  return bc;
}

// NetworkX's closeness (Wasserman-Faust for disconnected graphs):
// ((r-1)/sum of distances) * ((r-1)/(n-1)), r = nodes reachable including v.
std::vector<double> closeness(const Csr& g, unsigned threads, const std::function<void(double)>& report) {
  size_t n = g.n;
  std::vector<double> out(n, 0.0);
  parallel_chunks(
      kChunks, threads,
      [&](size_t chunk) {
        std::vector<double> dist(n, -1);
        std::vector<uint32_t> order;
        using Item = std::pair<double, uint32_t>;
        for (size_t s = chunk; s < n; s += kChunks) {
          double total = 0;
          size_t reached = 0;
          order.assign(1, static_cast<uint32_t>(s));
          dist[s] = 0;
          if (!g.weighted) {
            for (size_t h = 0; h < order.size(); ++h) {
              uint32_t v = order[h];
              for (size_t e = g.off[v]; e < g.off[v + 1]; ++e)
                if (dist[g.adj[e]] < 0) {
                  dist[g.adj[e]] = dist[v] + 1;
                  total += dist[v] + 1;
                  ++reached;
                  order.push_back(g.adj[e]);
                }
            }
          } else {
            std::priority_queue<Item, std::vector<Item>, std::greater<Item>> pq;
            std::vector<uint32_t> settled;
            pq.push({0.0, static_cast<uint32_t>(s)});
            while (!pq.empty()) {
              auto [dv, v] = pq.top();
              pq.pop();
              if (dv > dist[v]) continue;
              for (size_t e = g.off[v]; e < g.off[v + 1]; ++e) {
                uint32_t w = g.adj[e];
                double nd = dv + 1.0 / g.w[e];
                if (dist[w] < 0 || nd < dist[w]) {
                  if (dist[w] < 0) order.push_back(w);
                  dist[w] = nd;
                  pq.push({nd, w});
                }
              }
            }
            for (uint32_t v : order)
              if (v != s) total += dist[v], ++reached;
          }
          out[s] = closeness_of(n, total, reached);
          for (uint32_t v : order) dist[v] = -1;
        }
      },
      report);
  return out;
}

}  // namespace wngraph::detail
