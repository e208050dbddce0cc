// PipelineOptions -> Graph: read, extract on every core, resolve, build,
// analytics. Entry point: build_knowledge_graph(). Tested by
// tests/pipeline_test.cc.
#include "wngraph/pipeline.h"

#include <algorithm>
#include <atomic>
#include <mutex>
#include <thread>

namespace wngraph {

Graph build_knowledge_graph(const PipelineOptions& options, PipelineReport* report_out) {
  // Options that can be wrong are checked before any note is read.
  ResolveOptions resolve_options = options.resolve;
  if (!options.aliases_file.empty()) resolve_options.overrides = load_overrides(options.aliases_file);
  std::shared_ptr<const Lexicon> lexicon = options.lexicon ? options.lexicon : load_lexicon(options.extract);

  PipelineReport report;
  ReadReport read_report;
  std::vector<Note> notes;
  if (!options.inputs.empty()) notes = read_inputs(options.inputs, options.read, &read_report);
  for (const auto& [name, content] : options.documents)
    for (auto& n : read_document(content, name, options.read)) notes.push_back(std::move(n));
  // Nothing readable at all is a failure, not an empty graph over last
  // week's file.
  if (notes.empty() && !read_report.skipped.empty()) throw read_report.skipped.front();
  report.files = read_report.files + options.documents.size();
  report.skipped = std::move(read_report.skipped);
  report.notes = notes.size();

  // Notes are independent: extract them on every core, each result in its
  // note's slot, so the graph does not depend on the scheduling.
  std::vector<NoteExtraction> extracted(notes.size());
  std::atomic<size_t> next{0};
  size_t done = 0;
  std::mutex progress_mutex;
  auto worker = [&] {
    for (size_t i; (i = next.fetch_add(1)) < notes.size();) {
      extracted[i] = extract(notes[i], *lexicon, options.extract);
      if (options.progress) {
        std::lock_guard<std::mutex> lock(progress_mutex);
        options.progress(++done, notes.size());
      }
    }
  };
  unsigned jobs = options.jobs ? options.jobs : std::max(1u, std::thread::hardware_concurrency());
  std::vector<std::thread> pool;
  for (unsigned t = 1; t < jobs && t < notes.size(); ++t) pool.emplace_back(worker);
  worker();
  for (auto& t : pool) t.join();
  for (size_t i = 0; i < notes.size(); ++i)
    for (const auto& w : extracted[i].warnings) report.warnings.push_back(notes[i].id + ": " + w);

  Resolution resolution = resolve(extracted, resolve_options);
  std::vector<NoteExtraction>().swap(extracted);  // memory: the graph is built from the resolution alone
  Graph g = build_graph(resolution, notes.size());
  resolution = {};
  for (const auto& n : notes) g.notes.push_back({n.id, n.title, n.author, n.source, n.date});
  if (options.analytics) {
    CentralityOptions centrality = options.centrality;
    centrality.threads = jobs;
    report.analytics = compute_centrality(g, centrality);
  }
  if (report_out) *report_out = std::move(report);
  return g;
}

}  // namespace wngraph
