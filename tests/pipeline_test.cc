// build_knowledge_graph(): the one pipeline the CLI, tests and benchmarks
// run; its graph does not depend on threads or on how the notes were given.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "test_util.h"
#include "wngraph/map.h"
#include "wngraph/pipeline.h"

namespace wngraph {
namespace {

const char* kNote1 = "I met Kay Brown from Hackney Council about LOTI.\n";
const char* kNote2 = "Gave an update to the Digital Board with Sam Jones.\n";

PipelineOptions two_documents() {
  PipelineOptions o;
  o.documents = {{"a.txt", kNote1}, {"b.txt", kNote2}};
  o.read.force_author = "Ann";
  o.lexicon = testing::shared_lexicon();
  return o;
}

TEST(Pipeline, SameGraphWhateverTheThreads) {
  PipelineOptions one = two_documents(), many = two_documents();
  one.jobs = 1;
  many.jobs = 4;
  PipelineReport r1, r4;
  Graph a = build_knowledge_graph(one, &r1), b = build_knowledge_graph(many, &r4);
  EXPECT_EQ(dump(a), dump(b));
  EXPECT_EQ(r1.notes, 2u);
  EXPECT_EQ(r1.files, 2u);
  EXPECT_EQ(a.notes.size(), 2u);
  EXPECT_GT(r1.analytics.communities, 0u);
  EXPECT_NE(dump(a).find("Kay Brown"), std::string::npos);
}

TEST(Pipeline, FilesAndDocumentsGiveTheSameGraph) {
  namespace fs = std::filesystem;
  fs::path dir = fs::path(::testing::TempDir()) / "wngraph_pipeline_test";
  fs::remove_all(dir);
  fs::create_directories(dir);
  std::ofstream(dir / "a.txt") << kNote1;
  std::ofstream(dir / "b.txt") << kNote2;
  PipelineOptions files = two_documents();
  files.documents.clear();
  files.inputs = {dir.string()};
  Graph from_files = build_knowledge_graph(files);
  Graph from_memory = build_knowledge_graph(two_documents());
  // Same nodes and edges; only the note ids (paths) differ.
  EXPECT_EQ(boost::num_vertices(from_files.g), boost::num_vertices(from_memory.g));
  EXPECT_EQ(boost::num_edges(from_files.g), boost::num_edges(from_memory.g));
  fs::remove_all(dir);
}

// Positions laid out alongside the figures are the layout of the finished
// graph, with or without analytics.
TEST(Pipeline, PositionsAreTheFinishedGraphsLayout) {
  for (bool analytics : {true, false}) {
    PipelineOptions o = two_documents();
    o.analytics = analytics;
    o.positions = true;
    Graph g = build_knowledge_graph(o);
    ASSERT_EQ(g.positions.size(), boost::num_vertices(g.g));
    std::vector<NodePosition> again = layout_positions(g);
    for (size_t v = 0; v < again.size(); ++v) {
      EXPECT_EQ(g.positions[v].x, again[v].x) << v;
      EXPECT_EQ(g.positions[v].y, again[v].y) << v;
    }
    EXPECT_TRUE(build_knowledge_graph(two_documents()).positions.empty());
  }
}

TEST(Pipeline, AnalyticsOffLeavesNoFigures) {
  PipelineOptions o = two_documents();
  o.analytics = false;
  Graph g = build_knowledge_graph(o);
  for (auto v : boost::make_iterator_range(boost::vertices(g.g))) EXPECT_TRUE(g.g[v].metrics.empty());
}

TEST(Pipeline, NothingReadableIsAnErrorNotAnEmptyGraph) {
  PipelineOptions o;
  o.inputs = {"/no/such/notes"};
  EXPECT_THROW(build_knowledge_graph(o), Error);
  PipelineOptions bad_aliases = two_documents();
  bad_aliases.aliases_file = "/no/such/aliases.json";
  EXPECT_THROW(build_knowledge_graph(bad_aliases), Error);
}

}  // namespace
}  // namespace wngraph
