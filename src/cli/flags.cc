// Shared flags -> checked options and a pipeline run with its messages.
// Entry points: add_input_flags(), add_analytics_flags(), build_from().
// Tested by tests/cli_test.cc and tests/e2e_test.sh.
#include "cli/flags.h"

#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <memory>
#include <thread>

#include <spdlog/spdlog.h>
#include <CLI/CLI.hpp>

#include "wngraph/error.h"
#include "wngraph/store.h"

namespace wngraph::cli {
namespace {

// More threads than this is a typo, not a machine.
constexpr unsigned kMaxJobs = 1024;
// Below this many files (or documents) reading and extraction are too quick
// to be worth a progress line.
constexpr size_t kProgressNotes = 200;

void check_jobs(unsigned jobs) {
  if (jobs > kMaxJobs) throw Error("--jobs must be between 0 (all cores) and " + std::to_string(kMaxJobs));
}

bool show_progress(const Context& context) {
  return context.verbosity >= 0 && ::isatty(STDERR_FILENO);
}

double seconds_since(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

std::string clock_time(double seconds) {
  long s = std::lround(seconds);
  char buf[32];
  std::snprintf(buf, sizeof buf, "%ld:%02ld", s / 60, s % 60);
  return buf;
}

// "reading and extracting 1200/20000 files, 3100 notes, 6.8 MB/s, 0:04, ETA 0:52"
std::string progress_line(const Progress& p, double elapsed) {
  double rate = elapsed > 0 ? p.bytes_done / 1e6 / elapsed : 0;
  bool done = p.items_done == p.items_total;
  char buf[256];
  std::snprintf(buf, sizeof buf, "%s %zu/%zu files, %zu notes, %.1f MB/s, %s",
                done ? "read and extracted" : "reading and extracting", p.items_done, p.items_total, p.notes, rate,
                clock_time(elapsed).c_str());
  std::string line = buf;
  if (!done && rate > 0) line += ", ETA " + clock_time((p.bytes_total - p.bytes_done) / 1e6 / rate);
  return line;
}

}  // namespace

void add_jobs_flag(CLI::App& sub, unsigned& jobs) {
  sub.add_option("-j,--jobs,--threads", jobs, "Threads for extraction and analytics (0 = all cores)")
      ->capture_default_str();
}

void add_input_flags(CLI::App& sub, InputFlags& in, bool window_since) {
  sub.add_option("inputs", in.inputs,
                 "Files, folders (read recursively) or - for standard input; none: the store of wngraph collect");
  sub.add_option("--store", in.store,
                 "Also read the notes collected in this store, and cache extractions there (default with no "
                 "inputs: $WNGRAPH_STORE, else wngraph.db)");
  if (window_since) sub.add_option("--since", in.since, "Only notes dated on or after DATE (YYYY-MM-DD)");
  sub.add_option("--until", in.until, "Only notes dated on or before DATE (YYYY-MM-DD)");
  sub.add_option("--author", in.author, "Author of the notes (overrides their metadata)");
  sub.add_option("--aliases", in.aliases, "JSON file of merges, renames, ignores and types")->check(CLI::ExistingFile);
  // Repeatable options take one value each time, so an input after them is
  // not swallowed ("--gazetteer g.tsv notes/" reads notes/).
  sub.add_option("--gazetteer", in.gazetteers, "Extra gazetteer TSV (repeatable)")
      ->check(CLI::ExistingFile)
      ->expected(1)
      ->allow_extra_args(false)
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
  sub.add_option("--rules", in.rule_files, "Extra rules file, data/rules.txt's format (repeatable)")
      ->expected(1)
      ->allow_extra_args(false)
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
      ->allow_extra_args(false)
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

Date date_flag(const std::string& flag, const std::string& value) {
  if (value.empty()) return {};
  Date d = parse_date(value);
  if (!d.complete()) throw Error(flag + " needs a whole date such as 2024-03-08", "", 0, value);
  return d;
}

// The store a command reads: --store, or the default one when no input is
// named (then it must exist). Null: files only.
std::unique_ptr<Store> open_store(const InputFlags& in) {
  if (in.store.empty() && !in.inputs.empty()) return nullptr;
  std::string path = default_store_path(in.store);
  if (in.store.empty() && !std::filesystem::exists(path))
    throw Error("no inputs, and no store at " + path +
                ": name files or folders, or collect notes first (wngraph collect SOURCE...)");
  return std::make_unique<Store>(path, false);
}

std::vector<Note> read_notes(const InputFlags& in, Store* store) {
  Date since = date_flag("--since", in.since), until = date_flag("--until", in.until);
  std::vector<Note> notes = read_inputs(in.inputs, read_options(in));
  NoteFilter filter(true);
  std::vector<Note> kept;
  filter.add(std::move(notes), kept);
  if (store) filter.add(store->notes(), kept);
  kept.erase(std::remove_if(kept.begin(), kept.end(), [&](const Note& n) { return !in_window(n.date, since, until); }),
             kept.end());
  return kept;
}

ExtractOptions extract_options(const InputFlags& in) {
  ExtractOptions eo;
  eo.gazetteer_files = in.gazetteers;
  eo.rule_files = in.rule_files;
  eo.mentioned_with = in.mentioned_with;
  return eo;
}

PipelineOptions pipeline_options(const InputFlags& in) {
  check_jobs(in.jobs);
  PipelineOptions po;
  po.inputs = in.inputs;
  po.read = read_options(in);
  po.extract = extract_options(in);
  po.aliases_file = in.aliases;
  po.since = date_flag("--since", in.since);
  po.until = date_flag("--until", in.until);
  po.jobs = in.jobs;
  return po;
}

Graph build_from(const InputFlags& in, const CentralityOptions* analytics, const Context& context,
                 CentralitySummary* summary, bool positions) {
  PipelineOptions po = pipeline_options(in);
  std::unique_ptr<Store> store = open_store(in);
  if (store) {
    po.notes = store->notes();
    po.cache = store.get();
  }
  po.analytics = analytics != nullptr;
  po.positions = positions;
  if (analytics) po.centrality = *analytics;
  // Long runs: a live bar on a terminal, else one line at the end.
  const bool terminal = show_progress(context);
  const auto start = std::chrono::steady_clock::now();
  Progress last;
  bool shown = false;
  po.progress = [&](const Progress& p) {
    last = p;
    if (!terminal || p.items_total < kProgressNotes) return;
    std::cerr << "\r" << progress_line(p, seconds_since(start)) << "   " << std::flush;
    shown = true;
  };
  PipelineReport report;
  Graph g = build_knowledge_graph(po, &report);
  if (shown) std::cerr << "\n";
  if (!terminal && context.verbosity >= 0 && last.items_total >= kProgressNotes)
    std::cerr << "wngraph: " << progress_line(last, seconds_since(start)) << "\n";
  for (const auto& e : report.skipped) spdlog::warn("skipped {}", e.describe());
  for (const auto& w : report.warnings) spdlog::warn("{}", w);
  std::string from = report.files ? std::to_string(report.files) + " files" : "";
  if (store) from += (from.empty() ? "" : " and ") + std::string("the store ") + store->path();
  std::string also;
  if (report.outside_window) also += "; " + std::to_string(report.outside_window) + " outside --since/--until";
  if (store) also += "; " + std::to_string(report.cached) + " extractions from the cache";
  if (!report.skipped.empty())
    spdlog::warn("read {} notes from {}{}; skipped {} file{} (--strict makes this an error)", report.notes, from, also,
                 report.skipped.size(), report.skipped.size() == 1 ? "" : "s");
  else
    spdlog::info("read {} notes from {}{}", report.notes, from, also);
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
