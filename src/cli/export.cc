// `wngraph export`: notes -> the graph in one format (exporters/).
// Entry point: export_command(). Tested by tests/e2e_test.sh and
// tests/readers_check.py (every format loaded by a real reader).
#include <spdlog/spdlog.h>
#include <CLI/CLI.hpp>
#include <memory>

#include "cli/commands.h"
#include "cli/flags.h"
#include "output.h"
#include "text.h"
#include "wngraph/error.h"
#include "wngraph/export.h"

namespace wngraph::cli {
namespace {

struct ExportFlags {
  InputFlags input;
  AnalyticsFlags analytics;
  ExportOptions out;
  std::vector<std::string> relations;    // --relation, parsed into out.relations
  std::vector<std::string> edge_labels;  // --edge-labels all|none|top N
};

void flags(CLI::App& sub, ExportFlags& f) {
  add_input_flags(sub, f.input);
  add_analytics_flags(sub, f.analytics);
  sub.add_option("-f,--format", f.out.format, "Output format: " + detail::join(exporter_names(), "|"))
      ->capture_default_str();
  sub.add_option("-o,--output", f.out.output, "Output file, or - for standard output")->capture_default_str();
  sub.add_option("--relation", f.relations, "Keep only this relation (repeatable)")
      ->expected(1)
      ->allow_extra_args(false)
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
  sub.add_option("--min-weight", f.out.min_weight, "Drop edges with fewer mentions")->capture_default_str();
  sub.add_option("--base-iri", f.out.base_iri, "Prefix of node ids in JSON-LD")->capture_default_str();
  sub.add_option("--colour-by,--color-by", f.out.colour_by, "DOT and GEXF colours: type or community")
      ->capture_default_str();
  sub.add_option("--gexf-version", f.out.gexf_version, "GEXF version: 1.2draft or 1.3")->capture_default_str();
  sub.add_option("--edge-labels", f.edge_labels, "DOT: label all edges, none, or the top N by mentions")
      ->expected(1, 2)
      ->allow_extra_args(false);
  sub.add_flag("--drop-isolated", f.out.dot_drop_isolated, "DOT: leave out nodes without edges");
  sub.add_flag("!--no-positions", f.out.positions,
               "GraphML and GEXF: leave out the node positions from the map's layout (faster on big graphs)");
}

// "all" -> -1, "none" -> 0, "top N" -> N.
int edge_labels(const std::vector<std::string>& a) {
  if (a.size() == 1 && a[0] == "all") return -1;
  if (a.size() == 1 && a[0] == "none") return 0;
  if (a.size() == 2 && a[0] == "top" && !a[1].empty() && a[1].find_first_not_of("0123456789") == std::string::npos &&
      a[1].size() < 9)
    return std::stoi(a[1]);
  throw Error("--edge-labels takes all, none or top N, not '" + detail::join(a, " ") + "'");
}

int run(const ExportFlags& flags, const Context& context) {
  ExportFlags f = flags;
  // "--edge-labels all notes/": the option takes up to two words, and the
  // second is an input when the first needs none (inputs may be left out,
  // for the store, so the parser cannot keep one back for them).
  if (f.edge_labels.size() == 2 && (f.edge_labels[0] == "all" || f.edge_labels[0] == "none")) {
    f.input.inputs.insert(f.input.inputs.begin(), f.edge_labels[1]);
    f.edge_labels.pop_back();
  }
  ExportOptions eo = f.out;
  if (!f.edge_labels.empty()) eo.dot_edge_labels = edge_labels(f.edge_labels);
  check_export_options(eo);  // fail on a bad format before reading anything
  for (const auto& r : f.relations) {
    auto rel = parse_relation(r);
    if (!rel) throw unknown_name("relation", r, relation_names());
    eo.relations.push_back(*rel);
  }
  detail::check_output_against_inputs(eo.output, f.input.inputs, find_exporter(eo.format).writes_folder());
  CentralityOptions analytics = centrality_options(f.analytics, f.input.jobs, context);
  // Positions are laid out alongside the figures, unless a filter changes
  // the graph the exporter writes (then it lays that one out).
  const bool filtered = !eo.relations.empty() || eo.min_weight > 1;
  Graph g =
      build_from(f.input, &analytics, context, nullptr, !filtered && find_exporter(eo.format).writes_positions(eo));
  export_graph(g, eo);
  if (eo.output != "-") spdlog::info("wrote {}", eo.output);
  return kOk;
}

}  // namespace

Command export_command() {
  auto f = std::make_shared<ExportFlags>();
  return {"export", "Build the graph from notes and write it as GraphML, GEXF, DOT, JSON-LD, Neo4j CSV and more",
          [f](CLI::App& sub) { flags(sub, *f); }, [f](const Context& c) { return run(*f, c); }};
}

}  // namespace wngraph::cli
