// The pipeline: notes -> knowledge graph, in one call. The CLI, the tests and
// the benchmarks all build graphs through build_knowledge_graph(), so what
// they measure and check is what users run.
//
//   read (reader.h) -> extract (extract.h) -> resolve (resolve.h)
//     -> graph (graph.h) -> analytics (centrality.h)
#pragma once

#include <cstddef>
#include <functional>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "wngraph/centrality.h"
#include "wngraph/error.h"
#include "wngraph/extract.h"
#include "wngraph/graph.h"
#include "wngraph/reader.h"
#include "wngraph/resolve.h"
#include "wngraph/store.h"

namespace wngraph {

// How far reading and extraction are: files (and documents, and the
// store's notes) done of all listed, their bytes, and notes kept so far.
struct Progress {
  size_t items_done = 0, items_total = 0;
  size_t bytes_done = 0, bytes_total = 0;
  size_t notes = 0;
};

struct PipelineOptions {
  // What to read: files, folders (read recursively) and "-" for standard
  // input; then documents already in memory, as (name, content) pairs read
  // as if they were files of that name.
  std::vector<std::string> inputs;
  std::vector<std::pair<std::string, std::string>> documents;
  // Then notes already read (the store's), kept and de-duplicated as
  // read_inputs() keeps files' notes.
  std::vector<Note> notes;
  ReadOptions read;
  // Only notes dated within [since, until] (complete dates; an empty bound
  // is open). With a bound, notes without a complete date are left out.
  Date since, until;
  // Extractions kept between runs (the store): a note already extracted by
  // this extractor is not extracted again. Null: none.
  ExtractionCache* cache = nullptr;
  ExtractOptions extract;
  // A lexicon already loaded for `extract` (tests and benchmarks share one);
  // null: loaded from `extract`.
  std::shared_ptr<const Lexicon> lexicon;
  // --aliases FILE: the user's merges, renames, ignores and types, loaded
  // into `resolve` before any note is read.
  std::string aliases_file;
  ResolveOptions resolve;
  // Compute centrality and communities into the nodes' metrics.
  bool analytics = true;
  // Lay the nodes out (layout_positions()) into Graph::positions; with
  // analytics, alongside the slowest figures, on another thread.
  bool positions = false;
  CentralityOptions centrality;  // its `threads` is overridden by `jobs`
  // Threads for extraction and analytics; 0 = all cores. The graph does not
  // depend on it.
  unsigned jobs = 0;
  // Called after each batch of notes is read and extracted, from the
  // calling thread. Empty: no reports.
  std::function<void(const Progress& progress)> progress;
};

// What a run read, skipped and found, for the caller to report.
struct PipelineReport {
  size_t files = 0;                   // files read as notes
  size_t notes = 0;                   // notes in the graph
  size_t outside_window = 0;          // notes left out by since/until
  size_t cached = 0;                  // notes whose extraction came from the cache
  std::vector<Error> skipped;         // files skipped, with why (ReadOptions::strict)
  std::vector<std::string> warnings;  // "note-id: what", in note order
  CentralitySummary analytics;        // when PipelineOptions::analytics
};

// Whether `date` is within [since, until] (see PipelineOptions).
bool in_window(const Date& date, const Date& since, const Date& until);

// Reads, extracts, resolves, builds and (optionally) scores the graph.
// Throws Error when nothing could be read but something was skipped (never an
// empty graph in place of the user's notes), for a bad aliases, gazetteer or
// rules file, and for a note that cannot be read with `read.strict`.
Graph build_knowledge_graph(const PipelineOptions& options, PipelineReport* report = nullptr);

}  // namespace wngraph
