// PipelineOptions -> Graph: read, extract on every core, resolve, build,
// analytics. Entry point: build_knowledge_graph(). Tested by
// tests/pipeline_test.cc.
#include "wngraph/pipeline.h"

#include <algorithm>
#include <atomic>
#include <mutex>
#include <thread>

namespace wngraph {

bool in_window(const Date& date, const Date& since, const Date& until) {
  if (since.empty() && until.empty()) return true;
  if (!date.complete()) return false;
  return !(date < since && !since.empty()) && !(until < date && !until.empty());
}

Graph build_knowledge_graph(const PipelineOptions& options, PipelineReport* report_out) {
  // Options that can be wrong are checked before any note is read.
  ResolveOptions resolve_options = options.resolve;
  if (!options.aliases_file.empty()) resolve_options.overrides = load_overrides(options.aliases_file);
  std::shared_ptr<const Lexicon> lexicon = options.lexicon ? options.lexicon : load_lexicon(options.extract);

  PipelineReport report;
  ReadReport read_report;
  std::vector<Note> notes;
  // Every note in reading order whatever the order of the inputs, then
  // empty ones and duplicates dropped: the graph is the same for the same
  // notes, from files or from the store.
  std::vector<Note> all;
  visit_inputs(options.inputs, options.read, &read_report, [&](std::string_view, std::vector<Note>&& some) {
    for (auto& n : some) all.push_back(std::move(n));
  });
  for (const auto& [name, content] : options.documents)
    for (auto& n : read_document(content, name, options.read)) all.push_back(std::move(n));
  all.insert(all.end(), options.notes.begin(), options.notes.end());
  sort_by_source(all);
  NoteFilter(options.read.drop_duplicates).add(std::move(all), notes);
  // Nothing readable at all is a failure, not an empty graph over last
  // week's file.
  if (notes.empty() && !read_report.skipped.empty()) throw read_report.skipped.front();
  report.files = read_report.files + options.documents.size();
  report.skipped = std::move(read_report.skipped);
  if (!options.since.empty() || !options.until.empty()) {
    size_t before = notes.size();
    notes.erase(std::remove_if(notes.begin(), notes.end(),
                               [&](const Note& n) { return !in_window(n.date, options.since, options.until); }),
                notes.end());
    report.outside_window = before - notes.size();
  }
  report.notes = notes.size();

  // Notes are independent: extract them on every core, each result in its
  // note's slot, so the graph does not depend on the scheduling.
  std::vector<NoteExtraction> extracted(notes.size());
  std::vector<size_t> todo;  // notes the cache does not have
  std::string extractor;
  if (options.cache) {
    extractor = extractor_fingerprint(options.extract);
    for (size_t i = 0; i < notes.size(); ++i) {
      if (auto x = options.cache->find(notes[i], extractor))
        extracted[i] = std::move(*x);
      else
        todo.push_back(i);
    }
    report.cached = notes.size() - todo.size();
  } else {
    todo.resize(notes.size());
    for (size_t i = 0; i < notes.size(); ++i) todo[i] = i;
  }
  std::atomic<size_t> next{0};
  size_t done = 0;
  std::mutex progress_mutex;
  auto worker = [&] {
    for (size_t k; (k = next.fetch_add(1)) < todo.size();) {
      size_t i = todo[k];
      extracted[i] = extract(notes[i], *lexicon, options.extract);
      if (options.progress) {
        std::lock_guard<std::mutex> lock(progress_mutex);
        options.progress(++done, todo.size());
      }
    }
  };
  unsigned jobs = options.jobs ? options.jobs : std::max(1u, std::thread::hardware_concurrency());
  std::vector<std::thread> pool;
  for (unsigned t = 1; t < jobs && t < todo.size(); ++t) pool.emplace_back(worker);
  worker();
  for (auto& t : pool) t.join();
  if (options.cache && !todo.empty()) {
    std::vector<std::pair<const Note*, const NoteExtraction*>> made;
    for (size_t i : todo) made.emplace_back(&notes[i], &extracted[i]);
    options.cache->put(made, extractor);
  }
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
