// `wngraph stats`: notes -> counts by type and relation, communities, and
// the most central nodes, as text. Entry point: stats_command().
// Tested by tests/e2e_test.sh.
#include <algorithm>
#include <iomanip>
#include <iostream>
#include <map>
#include <memory>

#include <CLI/CLI.hpp>

#include "cli/commands.h"
#include "cli/flags.h"
#include "wngraph/error.h"

namespace wngraph::cli {
namespace {

struct StatsFlags {
  InputFlags input;
  AnalyticsFlags analytics;
  size_t top = 10;
  std::string by = "degree";
};

void flags(CLI::App& sub, StatsFlags& f) {
  add_input_flags(sub, f.input);
  add_analytics_flags(sub, f.analytics);
  sub.add_option("--top", f.top, "How many nodes to list")->capture_default_str();
  sub.add_option("--by", f.by,
                 "Metric to rank by: degree, weighted_degree, betweenness, closeness, eigenvector, pagerank")
      ->capture_default_str();
}

int run(const StatsFlags& f, const Context& context) {
  const auto& metrics = metric_names();
  if (std::find(metrics.begin(), metrics.end(), f.by) == metrics.end()) throw unknown_name("metric", f.by, metrics);
  CentralityOptions analytics = centrality_options(f.analytics, f.input.jobs, context);
  CentralitySummary summary;
  Graph graph = build_from(f.input, &analytics, context, &summary);
  const auto& g = graph.g;
  std::cout << "notes: " << graph.note_count << "\n";
  std::cout << "nodes: " << boost::num_vertices(g) << "\n";
  std::map<std::string, int> by_type, by_rel;
  for (auto v : boost::make_iterator_range(boost::vertices(g))) by_type[type_name(g[v].type)]++;
  for (auto e : boost::make_iterator_range(boost::edges(g))) by_rel[relation_name(g[e].relation)]++;
  for (EntityType t : kEntityTypes)
    std::cout << "  " << std::left << std::setw(14) << type_name(t) << by_type[type_name(t)] << "\n";
  std::cout << "edges: " << boost::num_edges(g) << "\n";
  for (Relation r : kRelations)
    if (by_rel[relation_name(r)] || r != Relation::kMentionedWith)
      std::cout << "  " << std::left << std::setw(14) << relation_name(r) << by_rel[relation_name(r)] << "\n";
  std::vector<size_t> order(boost::num_vertices(g));
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(),
                   [&](size_t a, size_t b) { return g[a].metrics.at(f.by) > g[b].metrics.at(f.by); });
  std::cout << "communities: " << summary.communities << " (modularity " << std::setprecision(3) << std::fixed
            << summary.modularity << ")\n";
  std::cout.unsetf(std::ios::floatfield);
  std::cout << std::setprecision(6);
  std::cout << "top " << std::min(f.top, order.size()) << " by " << f.by << ":\n";
  for (size_t i = 0; i < order.size() && i < f.top; ++i) {
    const auto& p = g[order[i]];
    std::cout << "  " << std::setw(3) << std::right << (i + 1) << ". " << p.label << " (" << type_name(p.type) << ") "
              << p.metrics.at(f.by) << "\n";
  }
  return finish_standard_output();
}

}  // namespace

Command stats_command() {
  auto f = std::make_shared<StatsFlags>();
  return {"stats", "Count notes, nodes by type, edges by relation; list the most central nodes",
          [f](CLI::App& sub) { flags(sub, *f); }, [f](const Context& c) { return run(*f, c); }};
}

}  // namespace wngraph::cli
