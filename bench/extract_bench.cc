// Throughput of the whole pipeline on synthetic weeknotes: read + extract +
// resolve + build + centrality, in notes and bytes per second.
#include <benchmark/benchmark.h>

#include <random>
#include <string>
#include <vector>

#include "wngraph/pipeline.h"

namespace {

// Notes written from templates with names drawn from small pools, so the
// graph has realistic repetition; deterministic for a given count.
std::vector<std::string> synthetic_notes(size_t count) {
  const char* first[] = {"Priya", "Tom", "Aisha", "Kofi", "Dana", "Sam", "Lena", "Ravi", "Jess", "Omar"};
  const char* last[] = {"Shah", "Reid", "Khan", "Mensah", "Okafor", "Ward", "Novak", "Patel", "Moran", "Ali"};
  const char* bodies[] = {"Made Tech",
                          "dxw",
                          "the Local Government Association",
                          "Socitm",
                          "Camden Council",
                          "Leeds City Council",
                          "the Open Data Institute",
                          "FutureGov"};
  const char* forums[] = {"Digital Board", "Data Panel", "Housing Steering Group", "Design Authority"};
  std::mt19937 rng(7);
  auto pick = [&](auto& arr) { return arr[rng() % (sizeof(arr) / sizeof(arr[0]))]; };
  std::vector<std::string> notes;
  for (size_t i = 0; i < count; ++i) {
    std::string p1 = std::string(pick(first)) + " " + pick(last), p2 = std::string(pick(first)) + " " + pick(last);
    std::string n = "Weeknote w/c " + std::to_string(1 + i % 28) + " March 2024\n\n";
    n += "This week I caught up with " + p1 + " and " + p2 + " from " + pick(bodies) + ".\n\n";
    n += "At the " + std::string(pick(forums)) + " " + p1 + " gave an update on the discovery.\n\n";
    n += "- Had a 1:1 with " + std::string(pick(first)) + " about the budget.\n";
    n += "- Joined the " + std::string(pick(forums)) + " for the first time.\n\n";
    n += "We are working in partnership with " + std::string(pick(bodies)) +
         " on the resident portal. The council "
         "is pleased with the progress and the team has been busy.\n";
    notes.push_back(n);
  }
  return notes;
}

void BM_Pipeline(benchmark::State& state) {
  auto texts = synthetic_notes(static_cast<size_t>(state.range(0)));
  wngraph::PipelineOptions po;
  po.lexicon = wngraph::load_lexicon();
  po.read.force_author = "Bench Author";
  po.read.drop_duplicates = false;
  po.jobs = 1;
  size_t bytes = 0;
  for (const auto& t : texts) {
    po.documents.emplace_back("n" + std::to_string(po.documents.size()), t);
    bytes += t.size();
  }
  // KeepRunning(), not `for (auto _ : state)`, whose unread `_` clang-tidy's
  // dead-store check reports; its cost per iteration is nothing beside a run.
  while (state.KeepRunning()) {
    auto g = wngraph::build_knowledge_graph(po);
    benchmark::DoNotOptimize(g);
  }
  state.SetItemsProcessed(state.iterations() * static_cast<int64_t>(texts.size()));
  state.SetBytesProcessed(state.iterations() * static_cast<int64_t>(bytes));
}
BENCHMARK(BM_Pipeline)->Arg(100)->Arg(1000)->Unit(benchmark::kMillisecond);

void BM_LoadLexicon(benchmark::State& state) {
  while (state.KeepRunning()) benchmark::DoNotOptimize(wngraph::load_lexicon());
}
BENCHMARK(BM_LoadLexicon)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
