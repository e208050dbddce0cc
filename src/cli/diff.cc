// `wngraph diff --since DATE`: notes -> what changed since DATE (new people
// and organisations, new and strengthened relations, with evidence), as text
// or as GraphML/GEXF with a `change` attribute; `wngraph diff OLD.graphml
// NEW.graphml` the same between two exports. Entry point: diff_command().
// Tested by tests/e2e_test.sh and tests/collect_check.py.
#include <iostream>
#include <map>
#include <memory>

#include <spdlog/spdlog.h>
#include <CLI/CLI.hpp>

#include "cli/commands.h"
#include "cli/flags.h"
#include "output.h"
#include "text.h"
#include "wngraph/diff.h"
#include "wngraph/error.h"
#include "wngraph/export.h"
#include "wngraph/graphml.h"

namespace wngraph::cli {
namespace {

struct DiffFlags {
  InputFlags input;
  std::string format = "text";
  std::string output = "-";
};

void flags(CLI::App& sub, DiffFlags& f) {
  add_input_flags(sub, f.input);
  sub.get_option("--since")->description("What changed on or after DATE (YYYY-MM-DD); required");
  sub.get_option("--until")->description("Up to DATE (YYYY-MM-DD); default: the latest note");
  sub.add_option("-f,--format", f.format, "text, graphml or gexf (with a change attribute)")->capture_default_str();
  sub.add_option("-o,--output", f.output, "Output file, or - for standard output")->capture_default_str();
}

// Extractions kept in memory for the two graphs of one run, when there is
// no store to keep them.
class MemoryCache : public ExtractionCache {
 public:
  std::optional<NoteExtraction> find(const Note& note, const std::string&) override {
    auto it = kept_.find(note_hash(note));
    if (it == kept_.end()) return std::nullopt;
    return it->second;
  }
  void put(const std::vector<std::pair<const Note*, const NoteExtraction*>>& done, const std::string&) override {
    for (const auto& [note, x] : done) kept_.emplace(note_hash(*note), *x);
  }

 private:
  std::map<std::string, NoteExtraction> kept_;
};

bool is_graphml_name(const std::string& path) {
  return detail::ends_with(detail::lower(path), ".graphml");
}

// Writes the diff as text, or the later graph with its changes as GraphML
// or GEXF (with figures).
int write_diff(const DiffFlags& f, const Context& context, const Graph& old_graph, Graph& new_graph,
               const std::string& heading) {
  GraphDiff d = diff_graphs(old_graph, new_graph);
  if (f.format == "text") {
    std::string text = diff_text(old_graph, new_graph, d, heading);
    if (f.output == "-") {
      std::cout << text;
      return finish_standard_output();
    }
    detail::write_output(f.output, text);
    return kOk;
  }
  if (boost::num_vertices(new_graph.g) && new_graph.g[0].metrics.empty())
    compute_centrality(new_graph, centrality_options(AnalyticsFlags{}, f.input.jobs, context));
  ExportOptions eo;
  eo.format = f.format;
  eo.output = f.output;
  export_graph(new_graph, eo);
  return kOk;
}

// wngraph diff OLD.graphml NEW.graphml
int diff_files(const DiffFlags& f, const Context& context) {
  const auto& in = f.input.inputs;
  Graph old_graph = read_graphml_graph(detail::read_option_file(in[0], "cannot read GraphML file"), in[0]);
  Graph new_graph = read_graphml_graph(detail::read_option_file(in[1], "cannot read GraphML file"), in[1]);
  return write_diff(f, context, old_graph, new_graph, "What changed from " + in[0] + " to " + in[1]);
}

int run(const DiffFlags& f, const Context& context) {
  if (f.format != "text" && f.format != "graphml" && f.format != "gexf")
    throw unknown_name("diff format", f.format, {"text", "graphml", "gexf"});
  detail::check_output_against_inputs(f.output, f.input.inputs, false);
  const auto& in = f.input.inputs;
  if (in.size() == 2 && is_graphml_name(in[0]) && is_graphml_name(in[1]) && f.input.since.empty())
    return diff_files(f, context);
  if (f.input.since.empty())
    throw Error("diff needs --since DATE: what changed on or after it (or two GraphML files, old then new)");
  Date since = date_flag("--since", f.input.since);
  Date until = date_flag("--until", f.input.until);
  if (!until.empty() && until < since) throw Error("--until is before --since");

  InputFlags all = f.input;
  all.since.clear();
  all.until.clear();
  PipelineOptions po = pipeline_options(all);
  po.inputs.clear();
  std::unique_ptr<Store> store = open_store(all);  // read once, and the cache of both runs
  po.notes = read_notes(all, store.get());
  MemoryCache memory;
  po.cache = store ? static_cast<ExtractionCache*>(store.get()) : &memory;

  PipelineOptions before = po;
  before.until = since.plus_days(-1);
  before.analytics = false;
  PipelineReport before_report, after_report;
  Graph old_graph = build_knowledge_graph(before, &before_report);
  PipelineOptions after = std::move(po);
  // Both graphs leave out notes without a whole date: one could not say
  // whether they came before or after.
  after.until = until.empty() ? Date{9999, 12, 31} : until;
  after.analytics = f.format != "text";
  after.centrality = centrality_options(AnalyticsFlags{}, f.input.jobs, context);
  Graph new_graph = build_knowledge_graph(after, &after_report);
  spdlog::info("{} notes before {}, {} up to {}", before_report.notes, since.iso(), after_report.notes,
               until.empty() ? "the latest" : until.iso());
  std::string heading = "What changed from " + since.iso() + (until.empty() ? "" : " to " + until.iso()) + ": " +
                        std::to_string(after_report.notes - before_report.notes) + " notes, " +
                        std::to_string(before_report.notes) + " before";
  return write_diff(f, context, old_graph, new_graph, heading);
}

}  // namespace

Command diff_command() {
  auto f = std::make_shared<DiffFlags>();
  return {"diff",
          "What changed since a date, or between two GraphML files: new people and organisations, new and strengthened "
          "relations",
          [f](CLI::App& sub) { flags(sub, *f); }, [f](const Context& c) { return run(*f, c); }};
}

}  // namespace wngraph::cli
