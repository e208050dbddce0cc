// Text-to-facts throughput: the notes of a folder are read first (not
// timed), then extract() runs over every note on N threads (default 1),
// best of N passes.
//   throughput DIR [--passes N] [--threads N]
// Prints "notes N bytes B seconds S MB/s M" on one line.
#include <chrono>
#include <cstdio>
#include <cstring>
#include <string>
#include <thread>
#include <vector>

#include "wngraph/extract.h"
#include "wngraph/reader.h"

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: throughput DIR [--passes N]\n");
    return 2;
  }
  int passes = 3;
  unsigned threads = 1;
  for (int i = 2; i + 1 < argc; ++i) {
    if (std::strcmp(argv[i], "--passes") == 0) passes = std::atoi(argv[i + 1]);
    if (std::strcmp(argv[i], "--threads") == 0) threads = static_cast<unsigned>(std::atoi(argv[i + 1]));
  }
  wngraph::ReadOptions ro;
  ro.drop_duplicates = false;
  auto notes = wngraph::read_inputs({argv[1]}, ro);
  auto lexicon = wngraph::load_lexicon();
  size_t bytes = 0;
  for (const auto& n : notes) bytes += n.text.size();
  double best = 1e30;
  size_t facts = 0;
  for (int p = 0; p < passes; ++p) {
    auto t0 = std::chrono::steady_clock::now();
    // Notes dealt round-robin to the threads: each thread's work is fixed
    // before the clock starts, so the figure is the extractor's, not a queue's.
    std::vector<size_t> counts(threads);
    std::vector<std::thread> pool;
    for (unsigned t = 0; t < threads; ++t)
      pool.emplace_back([&, t] {
        for (size_t i = t; i < notes.size(); i += threads)
          counts[t] += wngraph::extract(notes[i], *lexicon).facts.size();
      });
    for (auto& th : pool) th.join();
    facts = 0;
    for (size_t c : counts) facts += c;
    best = std::min(best, std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count());
  }
  std::printf("notes %zu bytes %zu facts %zu seconds %.3f MB/s %.2f\n", notes.size(), bytes, facts, best,
              bytes / best / 1e6);
  return 0;
}
