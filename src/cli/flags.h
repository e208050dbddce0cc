// Flag groups several commands share: what to read, how to score, and the
// helpers that turn them into a pipeline run with its messages.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "cli/cli.h"
#include "wngraph/centrality.h"
#include "wngraph/graph.h"
#include "wngraph/pipeline.h"
#include "wngraph/store.h"

namespace wngraph::cli {

// What every command that reads notes shares.
struct InputFlags {
  std::vector<std::string> inputs;      // files, folders, "-"
  std::string author;                   // --author: overrides metadata
  std::string aliases;                  // --aliases FILE
  std::vector<std::string> gazetteers;  // --gazetteer FILE
  std::vector<std::string> rule_files;  // --rules FILE
  bool no_split = false;                // --no-split: one note per file
  bool mentioned_with = false;          // --mentioned-with
  bool strict = false;                  // --strict: a file that cannot be read is an error
  unsigned jobs = 0;                    // -j: threads, 0 = all cores
  std::string store;                    // --store FILE: notes collected, extractions cached
  std::string since, until;             // --since/--until DATE: a window on note dates
};
// `window_since` false: the command gives --since its own meaning (map).
void add_input_flags(CLI::App& sub, InputFlags& in, bool window_since = true);
// -j/--jobs alone (commands that read no notes).
void add_jobs_flag(CLI::App& sub, unsigned& jobs);

// Centrality and communities.
struct AnalyticsFlags {
  CentralityOptions centrality;
  std::string betweenness = "auto";  // --betweenness auto|exact|approx
};
void add_analytics_flags(CLI::App& sub, AnalyticsFlags& a);

// The checked options: throws Error for a bad value; progress on a terminal.
CentralityOptions centrality_options(const AnalyticsFlags& a, unsigned jobs, const Context& context);
ExtractOptions extract_options(const InputFlags& in);
ReadOptions read_options(const InputFlags& in);
// A --since/--until value: a whole date, else Error naming the flag.
Date date_flag(const std::string& flag, const std::string& value);

// The notes a command reads: files, then `store`'s (open_store(), may be
// null), within the window. For commands that extract notes themselves
// (rules) or run the pipeline twice (diff); the others go through
// build_from().
std::vector<Note> read_notes(const InputFlags& in, Store* store);
// The store the flags name: --store, or the default store when no input is
// named (then it must exist). Null: files only.
std::unique_ptr<Store> open_store(const InputFlags& in);

// The pipeline's options for these flags (read, extract, aliases, window,
// jobs): what build_from() runs, without the store's notes.
PipelineOptions pipeline_options(const InputFlags& in);

// Runs the pipeline over the inputs, reporting what was skipped, warnings,
// progress and a summary on standard error. `analytics` null: no figures.
// `positions`: lay the nodes out too (PipelineOptions::positions).
Graph build_from(const InputFlags& in, const CentralityOptions* analytics, const Context& context,
                 CentralitySummary* summary = nullptr, bool positions = false);

// Output on standard output is only done once it is flushed without error
// (a full disk, a closed pipe): returns kOk or throws Error.
int finish_standard_output();

}  // namespace wngraph::cli
