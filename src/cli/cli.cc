// argv -> Options -> the chosen Command; errors -> one line on stderr and an
// exit code. Entry point: cli::run(). Tested by tests/cli_test.cc.
#include "cli/cli.h"

#include <iostream>

#include <CLI/CLI.hpp>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include "wngraph/error.h"

namespace wngraph::cli {
namespace {

void add_input_flags(CLI::App& sub, InputOptions& in) {
  sub.add_option("inputs", in.inputs, "Files, folders (read recursively) or - for standard input")->required();
  sub.add_option("--author", in.author, "Author of the notes (overrides their metadata)");
  sub.add_option("--aliases", in.aliases, "JSON file of merges, renames, ignores and types")->check(CLI::ExistingFile);
  // Repeatable options take one value each time, so an input after them is
  // not swallowed ("--gazetteer g.tsv notes/" reads notes/).
  sub.add_option("--gazetteer", in.gazetteers, "Extra gazetteer TSV (repeatable)")
      ->check(CLI::ExistingFile)
      ->expected(1)
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
  sub.add_option("--rules", in.rule_files, "Extra rules file, data/rules.txt's format (repeatable)")
      ->expected(1)
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll)
      ->check(CLI::ExistingFile);
  sub.add_flag("--no-split", in.no_split, "Read each file as one note, even with several weeknote headings");
  sub.add_flag("--mentioned-with", in.mentioned_with, "Add weak mentioned_with edges for co-occurrence");
  sub.add_flag("--strict", in.strict, "Fail on a file that cannot be read, instead of skipping it with a warning");
}

void add_centrality_flags(CLI::App& sub, Options& o) {
  sub.add_flag("--weighted", o.centrality.weighted, "Weight links by mentions (distances 1/weight for paths)");
  sub.add_option("--threads", o.centrality.threads, "Threads for betweenness (0 = all cores)")->capture_default_str();
  sub.add_option("--betweenness", o.betweenness, "auto, exact or approx")->capture_default_str();
  sub.add_option("--epsilon", o.centrality.epsilon, "Approximate betweenness: error bound")->capture_default_str();
  sub.add_option("--delta", o.centrality.delta, "Approximate betweenness: failure probability")->capture_default_str();
  sub.add_option("--seed", o.centrality.seed, "Seed for sampling and Louvain")->capture_default_str();
  sub.add_option("--metrics", o.centrality.only, "Compute only these figures (repeatable; default all)")
      ->expected(1)
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll)
      ->check(CLI::IsMember(metric_names()));
}

}  // namespace

int run(int argc, char** argv) {
  Options o;
  CLI::App app{"wngraph: turn weeknotes into a knowledge graph"};
  app.name("wngraph");
  app.set_version_flag("--version", "wngraph " WNGRAPH_VERSION);
  app.add_flag("-v,--verbose", [&](int64_t n) { o.global.verbosity += static_cast<int>(n); }, "Say more (repeatable)");
  app.add_flag("-q,--quiet", [&](int64_t) { o.global.verbosity = -1; }, "Only errors");
  app.require_subcommand(1);

  std::map<CLI::App*, const Command*> chosen;
  std::vector<std::string> formats = exporter_names();
  std::string format_list;
  for (const auto& f : formats) format_list += (format_list.empty() ? "" : "|") + f;
  for (const auto& cmd : commands()) {
    CLI::App* sub = app.add_subcommand(cmd.name, cmd.help);
    chosen[sub] = &cmd;
    std::string name = cmd.name;
    if (name == "metrics") {
      sub->add_option("graphml", o.graphml_in, "GraphML file to read, or -")->required();
      sub->add_option("-o,--output", o.export_.output, "Output file, or - for standard output")->capture_default_str();
      sub->add_option("--weight-key", o.weight_key, "Edge attribute holding weights (with --weighted)")
          ->capture_default_str();
      add_centrality_flags(*sub, o);
      continue;
    }
    if (name == "explain") sub->add_option("name", o.name, "Name or alias of the node")->required();
    if (name == "rules") {
      add_input_flags(*sub, o.input);
      sub->get_option("inputs")->required(false);
      sub->add_option("--sentence", o.sentence, "Show how the rules read this sentence");
      continue;
    }
    add_input_flags(*sub, o.input);
    if (name != "explain" && name != "map") add_centrality_flags(*sub, o);
    if (name == "export") {
      sub->add_option("-f,--format", o.export_.format, "Output format: " + format_list)->capture_default_str();
      sub->add_option("-o,--output", o.export_.output, "Output file, or - for standard output")->capture_default_str();
      sub->add_option("--relation", o.relations, "Keep only this relation (repeatable)")
          ->expected(1)
          ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
      sub->add_option("--min-weight", o.export_.min_weight, "Drop edges with fewer mentions")->capture_default_str();
      sub->add_option("--base-iri", o.export_.base_iri, "Prefix of node ids in JSON-LD")->capture_default_str();
      sub->add_option("--colour-by,--color-by", o.export_.colour_by, "DOT and GEXF colours: type or community")
          ->capture_default_str();
      sub->add_option("--gexf-version", o.export_.gexf_version, "GEXF version: 1.2draft or 1.3")->capture_default_str();
      sub->add_option("--edge-labels", o.edge_labels, "DOT: label all edges, none, or the top N by mentions")
          ->expected(1, 2);
      sub->add_flag("--drop-isolated", o.export_.dot_drop_isolated, "DOT: leave out nodes without edges");
    }
    if (name == "map") {
      sub->add_option("-o,--output", o.export_.output, "map.html, map.svg or map.png")->required();
      sub->add_option("--size-by", o.map.size_by, "Node size by this figure")->capture_default_str();
      sub->add_option("--colour-by,--color-by", o.map.colour_by, "type or community")->capture_default_str();
      sub->add_option("--labels", o.map.labels, "Label the N most central nodes")->capture_default_str();
      sub->add_option("--ego", o.ego, "Only the part around this node");
      sub->add_option("--depth", o.depth, "With --ego: how many links out")->capture_default_str();
      sub->add_option("--width", o.map.width, "Canvas width, px")->capture_default_str();
      sub->add_option("--height", o.map.height, "Canvas height, px")->capture_default_str();
      sub->add_option("--seed", o.map.seed, "Seed of the layout")->capture_default_str();
    }
    if (name == "stats") {
      sub->add_option("--top", o.top, "How many nodes to list")->capture_default_str();
      sub->add_option("--by", o.by, "Metric to rank by: degree, weighted_degree, betweenness, closeness, eigenvector, pagerank")
          ->capture_default_str();
    }
  }

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    // --help and --version exit 0; every other parse error is a usage error.
    return app.exit(e) == 0 ? kOk : kUsage;
  }

  auto logger = spdlog::stderr_color_mt("wngraph");
  logger->set_pattern("wngraph: %v");
  spdlog::set_default_logger(logger);
  spdlog::set_level(o.global.verbosity < 0 ? spdlog::level::err
                    : o.global.verbosity == 0 ? spdlog::level::warn
                    : o.global.verbosity == 1 ? spdlog::level::info
                                              : spdlog::level::debug);
  for (auto& [sub, cmd] : chosen) {
    if (!sub->parsed()) continue;
    try {
      return cmd->run(o);
    } catch (const Error& e) {
      std::cerr << "wngraph: " << e.describe() << "\n";
      return kFailure;
    } catch (const std::exception& e) {
      std::cerr << "wngraph: internal error: " << e.what() << "\n";
      return kFailure;
    }
  }
  return kUsage;
}

}  // namespace wngraph::cli
