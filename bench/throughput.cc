// Text-to-facts throughput, single-threaded: the notes of a folder are read
// first (not timed), then extract() runs over every note, best of N passes.
//   throughput DIR [--passes N]
// Prints "notes N bytes B seconds S MB/s M" on one line.
#include <chrono>
#include <cstdio>
#include <cstring>
#include <string>

#include "wngraph/extract.h"
#include "wngraph/reader.h"

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: throughput DIR [--passes N]\n");
    return 2;
  }
  int passes = 3;
  for (int i = 2; i + 1 < argc; ++i)
    if (std::strcmp(argv[i], "--passes") == 0) passes = std::atoi(argv[i + 1]);
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
    facts = 0;
    for (const auto& n : notes) facts += wngraph::extract(n, *lexicon).facts.size();
    best = std::min(best, std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count());
  }
  std::printf("notes %zu bytes %zu facts %zu seconds %.3f MB/s %.2f\n", notes.size(), bytes, facts, best,
              bytes / best / 1e6);
  return 0;
}
