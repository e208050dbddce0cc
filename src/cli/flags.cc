// Shared flags -> checked options and a pipeline run with its messages.
// Entry points: add_input_flags(), add_analytics_flags(), build_from().
// Tested by tests/cli_test.cc and tests/e2e_test.sh.
#include "cli/flags.h"

#include <unistd.h>

#include <iostream>
#include <thread>

#include <spdlog/spdlog.h>
#include <CLI/CLI.hpp>

#include "wngraph/error.h"

namespace wngraph::cli {
namespace {

// More threads than this is a typo, not a machine.
constexpr unsigned kMaxJobs = 1024;
// Below this many notes extraction is too quick to be worth a progress line.
constexpr size_t kProgressNotes = 200;

void check_jobs(unsigned jobs) {
  if (jobs > kMaxJobs) throw Error("--jobs must be between 0 (all cores) and " + std::to_string(kMaxJobs));
}

bool show_progress(const Context& context) {
  return context.verbosity >= 0 && ::isatty(STDERR_FILENO);
}

}  // namespace

void add_jobs_flag(CLI::App& sub, unsigned& jobs) {
  sub.add_option("-j,--jobs,--threads", jobs, "Threads for extraction and analytics (0 = all cores)")
      ->capture_default_str();
}

void add_input_flags(CLI::App& sub, InputFlags& in) {
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
  add_jobs_flag(sub, in.jobs);
}

void add_analytics_flags(CLI::App& sub, AnalyticsFlags& a) {
  CentralityOptions& c = a.centrality;
  sub.add_flag("--weighted", c.weighted, "Weight links by mentions (distances 1/weight for paths)");
  sub.add_option("--betweenness", a.betweenness, "auto, exact or approx")->capture_default_str();
  sub.add_option("--epsilon", c.epsilon, "Approximate betweenness: error bound")->capture_default_str();
  sub.add_option("--delta", c.delta, "Approximate betweenness: failure probability")->capture_default_str();
  sub.add_option("--seed", c.seed, "Seed for sampling and Louvain")->capture_default_str();
  sub.add_option("--metrics", c.only, "Compute only these figures (repeatable; default all)")
      ->expected(1)
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll)
      ->check(CLI::IsMember(metric_names()));
}

CentralityOptions centrality_options(const AnalyticsFlags& a, unsigned jobs, const Context& context) {
  CentralityOptions c = a.centrality;
  check_jobs(jobs);
  c.threads = jobs;
  if (show_progress(context)) {
    c.progress = [](const std::string& figure, double done) {
      std::cerr << "\r" << figure << " " << static_cast<int>(done * 100) << "%" << (done >= 1 ? "   \r" : "")
                << std::flush;
    };
  }
  if (a.betweenness == "exact")
    c.betweenness = BetweennessMode::kExact;
  else if (a.betweenness == "approx")
    c.betweenness = BetweennessMode::kApprox;
  else if (a.betweenness == "auto")
    c.betweenness = BetweennessMode::kAuto;
  else
    throw unknown_name("betweenness mode", a.betweenness, {"auto", "exact", "approx"});
  if (!(c.epsilon > 0 && c.epsilon < 1)) throw Error("--epsilon must be between 0 and 1");
  if (!(c.delta > 0 && c.delta < 1)) throw Error("--delta must be between 0 and 1");
  return c;
}

ReadOptions read_options(const InputFlags& in) {
  ReadOptions ro;
  ro.force_author = in.author;
  ro.split_weeknotes = !in.no_split;
  ro.strict = in.strict;
  return ro;
}

ExtractOptions extract_options(const InputFlags& in) {
  ExtractOptions eo;
  eo.gazetteer_files = in.gazetteers;
  eo.rule_files = in.rule_files;
  eo.mentioned_with = in.mentioned_with;
  return eo;
}

Graph build_from(const InputFlags& in, const CentralityOptions* analytics, const Context& context,
                 CentralitySummary* summary) {
  check_jobs(in.jobs);
  PipelineOptions po;
  po.inputs = in.inputs;
  po.read = read_options(in);
  po.extract = extract_options(in);
  po.aliases_file = in.aliases;
  po.analytics = analytics != nullptr;
  if (analytics) po.centrality = *analytics;
  po.jobs = in.jobs;
  bool progress = show_progress(context);
  bool shown = false;
  if (progress) {
    po.progress = [&shown](size_t done, size_t total) {
      if (total < kProgressNotes || (done % 50 != 0 && done != total)) return;
      std::cerr << "\rextracting " << done << "/" << total << std::flush;
      shown = true;
    };
  }
  PipelineReport report;
  Graph g = build_knowledge_graph(po, &report);
  if (shown) std::cerr << "\n";
  for (const auto& e : report.skipped) spdlog::warn("skipped {}", e.describe());
  for (const auto& w : report.warnings) spdlog::warn("{}", w);
  if (!report.skipped.empty())
    spdlog::warn("read {} notes from {} files; skipped {} file{} (--strict makes this an error)", report.notes,
                 report.files, report.skipped.size(), report.skipped.size() == 1 ? "" : "s");
  else
    spdlog::info("read {} notes from {} files", report.notes, report.files);
  if (analytics)
    spdlog::info("graph: {} nodes, {} edges, {} communities (modularity {:.3f})", boost::num_vertices(g.g),
                 boost::num_edges(g.g), report.analytics.communities, report.analytics.modularity);
  if (summary) *summary = report.analytics;
  return g;
}

int finish_standard_output() {
  std::cout.flush();
  if (!std::cout) throw Error("cannot write to standard output");
  return kOk;
}

}  // namespace wngraph::cli
