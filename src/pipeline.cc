// PipelineOptions -> Graph: read and extract in batches on every core (the
// texts of one batch at a time in memory), resolve, build, analytics (and
// the nodes' positions beside the slowest figures).
// Entry point: build_knowledge_graph(). Tested by tests/pipeline_test.cc.
#include "wngraph/pipeline.h"

#include "parallel.h"
#include "wngraph/map.h"

#include <algorithm>
#ifdef __GLIBC__
#include <malloc.h>
#endif
#include <optional>
#include <tuple>

namespace wngraph {
namespace {

// One thing to read, in reading order: a listed file, a document in
// memory, or a note already read (the store's).
struct Item {
  std::string key;  // source_order_key() of what names it
  enum Kind { kFile, kDocument, kNote } kind;
  size_t index;  // into the list of its kind
  size_t bytes;
  bool operator<(const Item& o) const { return std::tie(key, kind, index) < std::tie(o.key, o.kind, o.index); }
};

// A batch ends at this many bytes of text or items: memory holds one
// batch's texts, and each batch keeps every core busy.
constexpr size_t kBatchBytes = size_t{8} << 20;
constexpr size_t kBatchItems = 512;

void release_free_memory() {
#ifdef __GLIBC__
  malloc_trim(0);
#endif
}

}  // namespace

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
  const unsigned jobs = detail::thread_count(options.jobs);
  const std::string extractor = options.cache ? extractor_fingerprint(options.extract) : "";

  PipelineReport report;
  ReadReport read_report;
  // Every note in one reading order whatever the order of the inputs, or
  // whether they come from files or the store: the graph is the same for
  // the same notes.
  std::vector<InputFile> files = list_inputs(options.inputs, options.read, &read_report);
  std::vector<Item> items;
  for (size_t i = 0; i < files.size(); ++i)
    items.push_back({source_order_key(files[i].id), Item::kFile, i, files[i].bytes});
  for (size_t i = 0; i < options.documents.size(); ++i)
    items.push_back(
        {source_order_key(options.documents[i].first), Item::kDocument, i, options.documents[i].second.size()});
  for (size_t i = 0; i < options.notes.size(); ++i)
    items.push_back({source_order_key(options.notes[i].source), Item::kNote, i, options.notes[i].text.size()});
  std::sort(items.begin(), items.end());
  Progress progress;
  progress.items_total = items.size();
  for (const auto& it : items) progress.bytes_total += it.bytes;

  NoteFilter filter(options.read.drop_duplicates);
  // Each note's extraction is folded into the resolution as soon as it is
  // made: memory holds the entities and assertions, not every extraction.
  Resolver resolver(resolve_options);
  std::vector<NoteMeta> metas;
  for (size_t begin = 0; begin < items.size();) {
    size_t end = begin, bytes = 0;
    while (end < items.size() && (end == begin || (bytes < kBatchBytes && end - begin < kBatchItems)))
      bytes += items[end++].bytes;

    // Read the batch on every core; errors kept in reading order.
    std::vector<std::vector<Note>> read(end - begin);
    std::vector<std::optional<Error>> failed(end - begin);
    detail::parallel_chunks(end - begin, jobs, [&](size_t k) {
      const Item& it = items[begin + k];
      try {
        if (it.kind == Item::kFile)
          read[k] = read_input_file(files[it.index], options.read);
        else if (it.kind == Item::kDocument)
          read[k] = read_document(options.documents[it.index].second, options.documents[it.index].first, options.read);
        else
          read[k] = {options.notes[it.index]};
      } catch (const Error& e) {
        failed[k] = e;
      }
    });
    std::vector<Note> notes;
    for (size_t k = 0; k < read.size(); ++k) {
      // A file that cannot be read is skipped (an error with --strict); a
      // document or note given in memory that cannot be read is an error.
      if (items[begin + k].kind != Item::kFile) {
        if (failed[k]) throw *failed[k];
      } else if (!read_report.count_file(failed[k], options.read.strict)) {
        continue;
      }
      filter.add(std::move(read[k]), notes);
    }
    std::vector<std::vector<Note>>().swap(read);
    if (!options.since.empty() || !options.until.empty()) {
      size_t before = notes.size();
      notes.erase(std::remove_if(notes.begin(), notes.end(),
                                 [&](const Note& n) { return !in_window(n.date, options.since, options.until); }),
                  notes.end());
      report.outside_window += before - notes.size();
    }

    // Extract what the cache does not have, on every core.
    std::vector<NoteExtraction> batch(notes.size());
    std::vector<size_t> todo;
    for (size_t i = 0; i < notes.size(); ++i) {
      std::optional<NoteExtraction> hit;
      if (options.cache) hit = options.cache->find(notes[i], extractor);
      if (hit)
        batch[i] = std::move(*hit);
      else
        todo.push_back(i);
    }
    report.cached += notes.size() - todo.size();
    detail::parallel_chunks(todo.size(), jobs,
                            [&](size_t k) { batch[todo[k]] = extract(notes[todo[k]], *lexicon, options.extract); });
    if (options.cache && !todo.empty()) {
      std::vector<std::pair<const Note*, const NoteExtraction*>> made;
      for (size_t i : todo) made.emplace_back(&notes[i], &batch[i]);
      options.cache->put(made, extractor);
    }
    for (size_t i = 0; i < notes.size(); ++i) {
      for (const auto& w : batch[i].warnings) report.warnings.push_back(notes[i].id + ": " + w);
      metas.push_back({notes[i].id, notes[i].title, notes[i].author, notes[i].source, notes[i].date});
      resolver.add(std::move(batch[i]));
      batch[i] = NoteExtraction{};
    }
    progress.items_done = end;
    progress.bytes_done += bytes;
    progress.notes = metas.size();
    if (options.progress) options.progress(progress);
    begin = end;
  }
  // Nothing readable at all is a failure, not an empty graph over last
  // week's file.
  if (metas.empty() && report.outside_window == 0 && !read_report.skipped.empty()) throw read_report.skipped.front();
  report.files = read_report.files + options.documents.size();
  report.skipped = std::move(read_report.skipped);
  report.notes = metas.size();

  // Each stage takes the last one's data as it goes: one copy in memory.
  // Between stages, the pages the last one freed go back to the system:
  // reading, extraction and resolution free millions of small blocks, and
  // without this the next stage's peak stacks on theirs (a sentence
  // naming 100,000 people peaks at 120 MB without, 94 MB with).
  release_free_memory();
  Resolution resolution = std::move(resolver).finish();
  release_free_memory();
  Graph g = build_graph(std::move(resolution), metas.size());
  resolution = {};
  release_free_memory();
  g.notes = std::move(metas);
  // The layout reads the figures the map sizes nodes by, and runs on one
  // thread: it goes alongside betweenness and closeness, which need longest.
  auto lay_out = [&](const Graph& laid) { g.positions = layout_positions(laid); };
  if (options.analytics) {
    CentralityOptions centrality = options.centrality;
    centrality.threads = jobs;
    report.analytics =
        options.positions ? compute_centrality(g, centrality, lay_out) : compute_centrality(g, centrality);
  } else if (options.positions) {
    lay_out(g);
  }
  if (report_out) *report_out = std::move(report);
  return g;
}

}  // namespace wngraph
