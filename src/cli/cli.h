// The command line: options structs, the subcommand table, and run().
// Only this layer formats errors and picks exit codes.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "wngraph/centrality.h"
#include "wngraph/export.h"
#include "wngraph/extract.h"
#include "wngraph/graph.h"
#include "wngraph/map.h"
#include "wngraph/reader.h"
#include "wngraph/resolve.h"

namespace wngraph::cli {

// Exit codes.
constexpr int kOk = 0;
constexpr int kFailure = 1;  // bad input, unwritable output
constexpr int kUsage = 2;    // bad flags

// What every subcommand that reads notes shares.
struct InputOptions {
  std::vector<std::string> inputs;  // files, folders, "-"
  std::string author;               // --author: overrides metadata
  std::string aliases;              // --aliases FILE
  std::vector<std::string> gazetteers;
  std::vector<std::string> rule_files;  // --rules FILE
  bool no_split = false;            // --no-split: one note per file
  bool mentioned_with = false;      // --mentioned-with
  bool strict = false;              // --strict: a file that cannot be read is an error
};

struct GlobalOptions {
  int verbosity = 0;  // -v: +1, --quiet: -1
};

struct Options {
  GlobalOptions global;
  InputOptions input;
  CentralityOptions centrality;
  std::string betweenness = "auto";  // --betweenness auto|exact|approx
  std::string weight_key = "weight"; // metrics: edge attribute with weights
  ExportOptions export_;
  std::vector<std::string> relations;  // --relation, parsed into export_.relations
  std::vector<std::string> edge_labels;  // --edge-labels all|none|top N
  // stats
  size_t top = 10;
  std::string by = "degree";
  // explain
  std::string name;
  // metrics
  std::string graphml_in;
  // rules
  std::string sentence;
  // map
  MapOptions map;
  std::string ego;
  int depth = 1;
};

struct Command {
  const char* name;
  const char* help;
  std::function<int(const Options&)> run;
};

// The subcommand table, in --help order.
const std::vector<Command>& commands();

// Reads, extracts, resolves, builds and scores the graph for `in`.
Graph build(const InputOptions& in, const CentralityOptions& centrality = {},
            CentralitySummary* summary = nullptr);

// Parses argv into Options, runs the chosen command, reports errors.
int run(int argc, char** argv);

}  // namespace wngraph::cli
