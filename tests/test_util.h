// Helpers for the table-driven tests: text in, deterministic graph dump out.
#pragma once

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <string>
#include <vector>

#include "wngraph/extract.h"
#include "wngraph/graph.h"
#include "wngraph/pipeline.h"
#include "wngraph/reader.h"
#include "wngraph/resolve.h"

namespace wngraph::testing {

// A folder of its own for one test (named after it), removed afterwards.
struct TestDir {
  std::filesystem::path dir =
      std::filesystem::temp_directory_path() /
      ("wngraph-" + std::to_string(::getpid()) + "-" + ::testing::UnitTest::GetInstance()->current_test_info()->name());
  TestDir() { std::filesystem::create_directories(dir); }
  ~TestDir() { std::filesystem::remove_all(dir); }
  TestDir(const TestDir&) = delete;
  TestDir& operator=(const TestDir&) = delete;
  std::string path(const std::string& name) const { return (dir / name).string(); }
};

// The built-in lexicon, loaded once for every test of a binary.
inline std::shared_ptr<const Lexicon> shared_lexicon() {
  static auto lex = load_lexicon();
  return lex;
}
inline const Lexicon& lexicon() {
  return *shared_lexicon();
}

// The graph of some notes (each a text with author "Ann"), through the
// pipeline the CLI runs, without analytics.
inline Graph graph_of(const std::vector<std::string>& texts, const std::string& author = "Ann",
                      const ResolveOptions& ro = {}) {
  PipelineOptions po;
  int i = 0;
  for (const auto& t : texts) po.documents.emplace_back("note" + std::to_string(++i) + ".txt", t);
  po.read.force_author = author;
  po.lexicon = shared_lexicon();
  po.resolve = ro;
  po.analytics = false;
  po.jobs = 1;
  return build_knowledge_graph(po);
}

inline std::vector<std::string> lines(const std::string& s) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start < s.size()) {
    size_t end = s.find('\n', start);
    out.push_back(s.substr(start, end - start));
    if (end == std::string::npos) break;
    start = end + 1;
  }
  return out;
}

// "B -met_with- A" -> "A -met_with- B": symmetric edges in name order, so
// tests need not know which way the graph stores them.
inline std::string canonical_edge(const std::string& l) {
  for (const char* rel : {" -met_with- ", " -partner_of- ", " -mentioned_with- "}) {
    size_t at = l.find(rel);
    if (at == std::string::npos) continue;
    std::string a = l.substr(0, at), rest = l.substr(at + std::string(rel).size());
    size_t x = rest.rfind(" x");
    std::string suffix;
    if (x != std::string::npos && rest.find_first_not_of("0123456789", x + 2) == std::string::npos) {
      suffix = rest.substr(x);
      rest = rest.substr(0, x);
    }
    return (a < rest ? a + rel + rest : rest + rel + a) + suffix;
  }
  return l;
}

// Edge lines of the dump only ("A -met_with- B").
inline std::vector<std::string> edges_of(const std::string& text, const std::string& author = "Ann") {
  std::vector<std::string> out;
  for (const auto& l : lines(dump(graph_of({text}, author))))
    if (l.find(" -") != std::string::npos &&
        (l.find("- ") != std::string::npos || l.find("-> ") != std::string::npos) &&
        l.find(" [") == std::string::npos && l.rfind("Person", 0) != 0 && l.rfind("Council", 0) != 0 &&
        l.rfind("Organisation", 0) != 0 && l.rfind("Team", 0) != 0 && l.rfind("Programme", 0) != 0 &&
        l.rfind("Forum", 0) != 0)
      out.push_back(canonical_edge(l));
  return out;
}

// Node lines of the dump ("Person Kay Brown").
inline std::vector<std::string> nodes_of(const std::string& text) {
  std::vector<std::string> out;
  Graph g = graph_of({text});
  for (auto v : boost::make_iterator_range(boost::vertices(g.g)))
    out.push_back(std::string(type_name(g.g[v].type)) + " " + g.g[v].label);
  return out;
}

}  // namespace wngraph::testing
