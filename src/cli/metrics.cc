// `wngraph metrics FILE.graphml`: any GraphML -> the same GraphML with
// centrality and community figures per node. Entry point: metrics_command().
// Tested by tests/analytics_check.py and tests/e2e_test.sh.
#include <chrono>
#include <memory>

#include <spdlog/spdlog.h>
#include <CLI/CLI.hpp>

#include "cli/commands.h"
#include "cli/flags.h"
#include "output.h"
#include "wngraph/graphml.h"

namespace wngraph::cli {
namespace {

struct MetricsFlags {
  std::string graphml_in;
  std::string output = "-";
  std::string weight_key = "weight";
  AnalyticsFlags analytics;
  unsigned jobs = 0;
};

void flags(CLI::App& sub, MetricsFlags& f) {
  sub.add_option("graphml", f.graphml_in, "GraphML file to read, or -")->required();
  sub.add_option("-o,--output", f.output, "Output file, or - for standard output")->capture_default_str();
  sub.add_option("--weight-key", f.weight_key, "Edge attribute holding weights (with --weighted)")
      ->capture_default_str();
  add_analytics_flags(sub, f.analytics);
  add_jobs_flag(sub, f.jobs);
}

int run(const MetricsFlags& f, const Context& context) {
  GraphmlMetricsOptions mo;
  mo.centrality = centrality_options(f.analytics, f.jobs, context);
  mo.weight_key = f.weight_key;
  detail::check_output_against_inputs(f.output, {f.graphml_in}, false);
  auto t0 = std::chrono::steady_clock::now();
  std::string xml = detail::read_whole(f.graphml_in);
  CentralitySummary summary;
  std::string out = add_metrics_to_graphml(xml, f.graphml_in, mo, &summary);
  detail::write_output(f.output, out);
  double total = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  double computing = 0;
  for (const auto& [name, secs] : summary.seconds) {
    spdlog::info("{}: {:.3f} s", name, secs);
    computing += secs;
  }
  spdlog::info("reading, projecting and writing the graph: {:.3f} s", total - computing);
  if (summary.approximate)
    spdlog::info("betweenness from {} sampled pairs, within {:.4g} with probability {:.2f}", summary.samples,
                 summary.error_bound, 1 - mo.centrality.delta);
  spdlog::info("{} communities, modularity {:.4f}", summary.communities, summary.modularity);
  return kOk;
}

}  // namespace

Command metrics_command() {
  auto f = std::make_shared<MetricsFlags>();
  return {"metrics", "Add centrality and community figures to any GraphML file (Gephi, igraph, NetworkX...)",
          [f](CLI::App& sub) { flags(sub, *f); }, [f](const Context& c) { return run(*f, c); }};
}

}  // namespace wngraph::cli
