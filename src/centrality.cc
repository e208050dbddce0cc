// Graph -> node figures: degree, weighted degree, betweenness (exact Brandes,
// multi-threaded, or Riondato-Kornaropoulos sampling), closeness, eigenvector,
// PageRank and Louvain communities, on the undirected simple projection.
// Entry points: compute_centrality(), compute_metrics(). Tested by
// tests/centrality_test.cc (reference implementations, Boost's Brandes) and
// tests/analytics_check.py (NetworkX, igraph).
#include "wngraph/centrality.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cmath>
#include <map>
#include <mutex>
#include <numeric>
#include <queue>
#include <random>
#include <thread>

namespace wngraph {

const std::vector<std::string>& metric_names() {
  static const std::vector<std::string> names = {"degree",      "weighted_degree", "betweenness", "closeness",
                                                 "eigenvector", "pagerank",        "community"};
  return names;
}

namespace {

// The projection in compressed sparse row form: both directions of each link.
struct Csr {
  size_t n = 0;
  std::vector<size_t> off;     // n + 1
  std::vector<uint32_t> adj;   // neighbours
  std::vector<double> w;       // link strength (mentions, or 1)
  bool weighted = false;
};

Csr build_csr(const PlainGraph& pg, bool weighted) {
  // Links as (low, high, weight), sorted and merged: parallel edges sum.
  struct Link {
    uint32_t a, b;
    double w;
  };
  std::vector<Link> links;
  links.reserve(pg.edges.size());
  for (size_t i = 0; i < pg.edges.size(); ++i) {
    auto [a, b] = pg.edges[i];
    if (a == b) continue;
    if (b < a) std::swap(a, b);
    links.push_back({static_cast<uint32_t>(a), static_cast<uint32_t>(b), pg.weights.empty() ? 1.0 : pg.weights[i]});
  }
  std::sort(links.begin(), links.end(), [](const Link& x, const Link& y) { return x.a != y.a ? x.a < y.a : x.b < y.b; });
  size_t out = 0;
  for (size_t i = 0; i < links.size(); ++i) {
    if (out > 0 && links[out - 1].a == links[i].a && links[out - 1].b == links[i].b) links[out - 1].w += links[i].w;
    else links[out++] = links[i];
  }
  links.resize(out);
  Csr c;
  c.n = pg.n;
  c.weighted = weighted;
  c.off.assign(pg.n + 1, 0);
  for (const auto& l : links) ++c.off[l.a + 1], ++c.off[l.b + 1];
  for (size_t v = 0; v < pg.n; ++v) c.off[v + 1] += c.off[v];
  c.adj.resize(c.off[pg.n]);
  c.w.resize(c.off[pg.n]);
  std::vector<size_t> pos(c.off.begin(), c.off.end() - 1);
  // Sorted links fill each row in increasing neighbour order.
  for (const auto& l : links) {
    double s = weighted ? l.w : 1.0;
    c.adj[pos[l.a]] = l.b, c.w[pos[l.a]++] = s;
  }
  for (const auto& l : links) {
    double s = weighted ? l.w : 1.0;
    c.adj[pos[l.b]] = l.a, c.w[pos[l.b]++] = s;
  }
  return c;
}

// The unweighted twin of a CSR: same rows, strengths 1.
Csr unit_of(const Csr& strong) {
  Csr c = strong;
  c.weighted = false;
  std::fill(c.w.begin(), c.w.end(), 1.0);
  return c;
}

unsigned thread_count(unsigned wanted) {
  unsigned hw = std::max(1u, std::thread::hardware_concurrency());
  return wanted == 0 ? hw : wanted;
}

// Runs job(chunk) for chunk in [0, chunks) on `threads` threads. Work is
// split into a fixed number of chunks whatever the thread count, and each
// chunk writes only its own results, so sums taken in chunk order make the
// figures independent of the thread count.
// `report(done_share)` is called after each chunk, serialised.
template <class Job>
void parallel_chunks(size_t chunks, unsigned threads, Job job,
                     const std::function<void(double)>& report = nullptr) {
  std::atomic<size_t> next{0};
  std::atomic<size_t> finished{0};
  std::mutex report_mutex;
  auto worker = [&] {
    for (size_t c; (c = next.fetch_add(1)) < chunks;) {
      job(c);
      size_t f = ++finished;
      if (report) {
        std::lock_guard<std::mutex> lock(report_mutex);
        report(static_cast<double>(f) / chunks);
      }
    }
  };
  std::vector<std::thread> pool;
  for (unsigned t = 1; t < threads && t < chunks; ++t) pool.emplace_back(worker);
  worker();
  for (auto& t : pool) t.join();
}

constexpr size_t kChunks = 16;

// Brandes' algorithm from the sources s with s % kChunks == chunk, adding
// each source's dependencies to `bc` (unweighted: BFS).
// Closeness of s from the distances of its search (NetworkX's definition).
double closeness_of(size_t n, double total, size_t reached) {
  return total > 0 && n > 1 ? (reached / total) * (static_cast<double>(reached) / (n - 1)) : 0.0;
}

// closeness[s] from the distances of one search (`order`: the nodes reached).
template <class Dist>
void store_closeness(const std::vector<uint32_t>& order, const std::vector<Dist>& dist, size_t s,
                     std::vector<double>& closeness) {
  double total = 0;
  for (uint32_t v : order) total += dist[v];
  closeness[s] = closeness_of(dist.size(), total, order.size() - 1);
}

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

// Exact betweenness; fills `closeness` too when given (same searches).
std::vector<double> exact_betweenness(const Csr& g, unsigned threads, std::vector<double>* closeness,
                                      const std::function<void(double)>& report) {
  size_t n = g.n;
  if (closeness) closeness->assign(n, 0.0);
  std::vector<std::vector<double>> partial(kChunks);
  parallel_chunks(kChunks, threads, [&](size_t c) {
    partial[c].assign(n, 0.0);
    if (g.weighted) brandes_dijkstra(g, c, partial[c], closeness);
    else brandes_bfs(g, c, partial[c], closeness);
  }, report);
  std::vector<double> bc(n, 0.0);
  for (const auto& p : partial)
    for (size_t v = 0; v < n; ++v) bc[v] += p[v];
  // Each unordered pair was counted from both ends; NetworkX normalises an
  // undirected graph's betweenness by (n-1)(n-2)/2.
  double scale = n > 2 ? 1.0 / ((n - 1.0) * (n - 2.0)) : 0.0;
  for (auto& x : bc) x *= scale;
  return bc;
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
  size_t r = static_cast<size_t>(
      std::ceil(0.5 / (opt.epsilon * opt.epsilon) * (log_term + 1.0 + std::log(1.0 / opt.delta))));
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
  parallel_chunks(kChunks, threads, [&](size_t chunk) {
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
  }, report);
  return out;
}

// NetworkX's eigenvector_centrality: power iteration on A + I from a uniform
// start, L2-normalised; iterated to 1e-12 rather than NetworkX's 1e-6.
std::vector<double> eigenvector(const Csr& g) {
  size_t n = g.n;
  std::vector<double> x(n, n ? 1.0 / n : 0.0), last(n);
  for (int it = 0; it < 10000 && n; ++it) {
    last = x;
    for (size_t v = 0; v < n; ++v)
      for (size_t e = g.off[v]; e < g.off[v + 1]; ++e) x[g.adj[e]] += last[v] * g.w[e];
    double norm = std::sqrt(std::inner_product(x.begin(), x.end(), x.begin(), 0.0));
    if (norm == 0) norm = 1;
    for (auto& y : x) y /= norm;
    double err = 0;
    for (size_t v = 0; v < n; ++v) err += std::abs(x[v] - last[v]);
    if (err < n * 1e-13) break;
  }
  return x;
}

// NetworkX's pagerank: damping 0.85, uniform teleport, dangling mass spread
// uniformly, to 1e-13 per node.
std::vector<double> pagerank(const Csr& g, double damping = 0.85) {
  size_t n = g.n;
  std::vector<double> pr(n, n ? 1.0 / n : 0.0), next(n), strength(n, 0.0);
  for (size_t v = 0; v < n; ++v)
    for (size_t e = g.off[v]; e < g.off[v + 1]; ++e) strength[v] += g.w[e];
  for (int it = 0; it < 10000 && n; ++it) {
    double dangling = 0;
    for (size_t v = 0; v < n; ++v)
      if (strength[v] == 0) dangling += pr[v];
    std::fill(next.begin(), next.end(), (1.0 - damping) / n + damping * dangling / n);
    for (size_t v = 0; v < n; ++v) {
      if (strength[v] == 0) continue;
      double share = damping * pr[v] / strength[v];
      for (size_t e = g.off[v]; e < g.off[v + 1]; ++e) next[g.adj[e]] += share * g.w[e];
    }
    double err = 0;
    for (size_t v = 0; v < n; ++v) err += std::abs(next[v] - pr[v]);
    pr.swap(next);
    if (err < n * 1e-13) break;
  }
  return pr;
}

// Louvain (Blondel et al.): local moves in a seeded random order until no
// move raises modularity, then aggregation, until nothing changes.
std::vector<size_t> louvain_once(const Csr& g0, uint64_t seed, double& modularity) {
  size_t n0 = g0.n;
  std::vector<size_t> member(n0);
  std::iota(member.begin(), member.end(), 0);
  // Level graph: adjacency with weights, self-loop weight per node.
  struct Level {
    size_t n;
    std::vector<std::vector<std::pair<size_t, double>>> adj;
    std::vector<double> self;
  };
  Level lv{n0, std::vector<std::vector<std::pair<size_t, double>>>(n0), std::vector<double>(n0, 0.0)};
  double m2 = 0;
  for (size_t v = 0; v < n0; ++v)
    for (size_t e = g0.off[v]; e < g0.off[v + 1]; ++e) {
      lv.adj[v].push_back({g0.adj[e], g0.w[e]});
      m2 += g0.w[e];
    }
  modularity = 0;
  if (m2 == 0) return member;
  std::mt19937_64 rng(seed);
  for (int level = 0; level < 100; ++level) {
    size_t n = lv.n;
    std::vector<double> k(n, 0.0), tot(n, 0.0);
    for (size_t v = 0; v < n; ++v) {
      k[v] = 2 * lv.self[v];
      for (auto [w, x] : lv.adj[v]) k[v] += x;
    }
    std::vector<size_t> comm(n);
    std::iota(comm.begin(), comm.end(), 0);
    tot = k;
    std::vector<size_t> order(n);
    std::iota(order.begin(), order.end(), 0);
    std::shuffle(order.begin(), order.end(), rng);
    std::vector<double> link(n, 0.0);
    std::vector<size_t> touched;
    bool moved_any = false;
    for (int pass = 0; pass < 1000; ++pass) {
      bool moved = false;
      for (size_t v : order) {
        size_t old = comm[v];
        touched.clear();
        for (auto [w, x] : lv.adj[v]) {
          if (link[comm[w]] == 0) touched.push_back(comm[w]);
          link[comm[w]] += x;
        }
        tot[old] -= k[v];
        // Gain of joining c: link(v,c) - tot(c) * k(v) / m2 (times 2/m2).
        size_t best = old;
        double best_gain = link[old] - tot[old] * k[v] / m2;
        for (size_t c : touched) {
          double gain = link[c] - tot[c] * k[v] / m2;
          // Strictly better only: ties keep the node where it is, so the
          // result depends on the seeded order alone.
          if (gain > best_gain + 1e-12) {
            best = c;
            best_gain = gain;
          }
        }
        tot[best] += k[v];
        comm[v] = best;
        if (best != old) moved = moved_any = true;
        for (size_t c : touched) link[c] = 0;
        link[old] = 0;
      }
      if (!moved) break;
    }
    if (!moved_any) break;
    // Renumber communities and aggregate.
    std::vector<size_t> id(n, SIZE_MAX);
    size_t next_id = 0;
    for (size_t v = 0; v < n; ++v)
      if (id[comm[v]] == SIZE_MAX) id[comm[v]] = next_id++;
    for (auto& m : member) m = id[comm[m]];
    Level up{next_id, std::vector<std::vector<std::pair<size_t, double>>>(next_id), std::vector<double>(next_id, 0.0)};
    std::vector<std::map<size_t, double>> acc(next_id);
    for (size_t v = 0; v < n; ++v) {
      size_t cv = id[comm[v]];
      up.self[cv] += lv.self[v];
      for (auto [w, x] : lv.adj[v]) {
        size_t cw = id[comm[w]];
        if (cv == cw) up.self[cv] += x / 2;  // each inner link is seen from both ends
        else acc[cv][cw] += x;
      }
    }
    for (size_t c = 0; c < next_id; ++c)
      for (auto [d, x] : acc[c]) up.adj[c].push_back({d, x});
    lv = std::move(up);
  }
  // Modularity of the final partition on the original graph.
  size_t nc = 0;
  for (auto m : member) nc = std::max(nc, m + 1);
  std::vector<double> in(nc, 0.0), tot(nc, 0.0);
  for (size_t v = 0; v < n0; ++v)
    for (size_t e = g0.off[v]; e < g0.off[v + 1]; ++e) {
      tot[member[v]] += g0.w[e];
      if (member[g0.adj[e]] == member[v]) in[member[v]] += g0.w[e];
    }
  modularity = 0;
  for (size_t c = 0; c < nc; ++c) modularity += in[c] / m2 - (tot[c] / m2) * (tot[c] / m2);
  // Community ids: 0 the largest, ties by the smallest node index.
  std::vector<size_t> size(nc, 0), first(nc, SIZE_MAX);
  for (size_t v = 0; v < n0; ++v) {
    ++size[member[v]];
    first[member[v]] = std::min(first[member[v]], v);
  }
  std::vector<size_t> rank(nc);
  std::iota(rank.begin(), rank.end(), 0);
  std::sort(rank.begin(), rank.end(),
            [&](size_t a, size_t b) { return size[a] != size[b] ? size[a] > size[b] : first[a] < first[b]; });
  std::vector<size_t> relabel(nc);
  for (size_t i = 0; i < nc; ++i) relabel[rank[i]] = i;
  for (auto& m : member) m = relabel[m];
  return member;
}

// Louvain's result depends on the visiting order; on small and medium graphs
// the best of several seeded orders is kept (deterministic for one seed).
std::vector<size_t> louvain(const Csr& g, uint64_t seed, double& modularity) {
  int runs = g.n <= 2000 ? 10 : g.n <= 20000 ? 3 : 1;
  std::vector<size_t> best;
  modularity = -1;
  for (int r = 0; r < runs; ++r) {
    double q = 0;
    auto m = louvain_once(g, seed * 1000003ULL + static_cast<uint64_t>(r), q);
    if (q > modularity + 1e-12) modularity = q, best = std::move(m);
  }
  return best;
}

}  // namespace

Metrics compute_metrics(const PlainGraph& pg, const CentralityOptions& opt) {
  const auto& names = metric_names();
  auto wanted = [&](const char* m) {
    return opt.only.empty() || std::find(opt.only.begin(), opt.only.end(), m) != opt.only.end();
  };
  // The strengths are needed for weighted degree in any case; the unit-weight
  // twin only when the path figures run unweighted.
  Csr strong = build_csr(pg, true);
  Csr unit = opt.weighted ? Csr{} : unit_of(strong);
  const Csr& g = opt.weighted ? strong : unit;
  unsigned threads = thread_count(opt.threads);
  size_t n = pg.n;
  Metrics out;
  out.values.assign(names.size(), {});
  using Clock = std::chrono::steady_clock;
  auto timed = [&](const char* name, auto&& f) {
    auto t0 = Clock::now();
    f();
    out.summary.seconds.push_back({name, std::chrono::duration<double>(Clock::now() - t0).count()});
  };
  if (wanted("degree")) {
    out.values[0].assign(n, 0.0);
    for (size_t v = 0; v < n; ++v) out.values[0][v] = static_cast<double>(strong.off[v + 1] - strong.off[v]);
  }
  if (wanted("weighted_degree")) {
    out.values[1].assign(n, 0.0);
    for (size_t v = 0; v < n; ++v)
      for (size_t e = strong.off[v]; e < strong.off[v + 1]; ++e) out.values[1][v] += strong.w[e];
  }
  bool exact = opt.betweenness == BetweennessMode::kExact ||
               (opt.betweenness == BetweennessMode::kAuto && n <= opt.exact_limit);
  auto reporter = [&](const char* figure) -> std::function<void(double)> {
    if (!opt.progress) return nullptr;
    return [&opt, figure](double done) { opt.progress(figure, done); };
  };
  if (wanted("betweenness")) {
    timed("betweenness", [&] {
      if (exact) {
        // Closeness comes free from the same searches.
        out.values[2] =
            exact_betweenness(g, threads, wanted("closeness") ? &out.values[3] : nullptr, reporter("betweenness"));
      } else {
        out.values[2] = approx_betweenness(g, opt, threads, out.summary);
      }
    });
  }
  if (wanted("closeness") && out.values[3].empty())
    timed("closeness", [&] { out.values[3] = closeness(g, threads, reporter("closeness")); });
  if (wanted("eigenvector")) timed("eigenvector", [&] { out.values[4] = eigenvector(g); });
  if (wanted("pagerank")) timed("pagerank", [&] { out.values[5] = pagerank(g); });
  auto t_louvain = Clock::now();
  if (wanted("community")) {
    double q = 0;
    auto member = louvain(g, opt.seed, q);
    out.summary.modularity = q;
    out.values[6].assign(n, 0.0);
    for (size_t v = 0; v < n; ++v) {
      out.values[6][v] = static_cast<double>(member[v]);
      out.summary.communities = std::max(out.summary.communities, member[v] + 1);
    }
    out.summary.seconds.push_back({"community", std::chrono::duration<double>(Clock::now() - t_louvain).count()});
  }
  return out;
}

CentralitySummary compute_centrality(Graph& graph, const CentralityOptions& opt) {
  auto& g = graph.g;
  PlainGraph pg;
  pg.n = boost::num_vertices(g);
  for (auto e : boost::make_iterator_range(boost::edges(g))) {
    if (opt.skip_weak && g[e].relation == Relation::kMentionedWith) continue;
    pg.edges.push_back({boost::source(e, g), boost::target(e, g)});
    pg.weights.push_back(g[e].weight);
  }
  Metrics m = compute_metrics(pg, opt);
  const auto& names = metric_names();
  for (size_t v = 0; v < pg.n; ++v)
    for (size_t i = 0; i < names.size(); ++i)
      if (!m.values[i].empty()) g[v].metrics[names[i]] = m.values[i][v];
  return m.summary;
}

}  // namespace wngraph
