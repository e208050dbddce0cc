#include <gtest/gtest.h>

#include "test_util.h"

namespace wngraph {
namespace {

TEST(Graph, ParallelEvidenceIsOneWeightedEdge) {
  Graph g = testing::graph_of(
      {"Weeknote w/c 6 January 2020\n\nI caught up with Kay Brown.",
       "Weeknote w/c 13 January 2020\n\nHad a chat with Kay Brown. Then I had a coffee with Kay Brown."});
  EXPECT_EQ(dump(g),
            "Person(author) Ann\n"
            "Person Kay Brown\n"
            "Ann -met_with- Kay Brown x3\n");
  auto e = g.edges().at(0);
  EXPECT_EQ(g.g[e].weight, 3);
  EXPECT_EQ(g.g[e].first_seen.iso(), "2020-01-06");
  EXPECT_EQ(g.g[e].last_seen.iso(), "2020-01-13");
  EXPECT_EQ(g.g[e].evidence.size(), 3u);
}

TEST(Graph, SymmetricStoredOnceDirectedKeepsDirection) {
  Graph g = testing::graph_of({"I met Sam Jones from Made Tech. Sam Jones and I met again."});
  std::string d = dump(g);
  EXPECT_NE(d.find("Ann -met_with- Sam Jones x2"), std::string::npos) << d;
  EXPECT_NE(d.find("Sam Jones -member_of-> Made Tech"), std::string::npos) << d;
}

TEST(Graph, DeterministicIds) {
  Graph a = testing::graph_of({"I met Sam Jones and Kay Brown."});
  Graph b = testing::graph_of({"I met Sam Jones and Kay Brown."});
  EXPECT_EQ(dump(a), dump(b));
  EXPECT_EQ(a.g[0].id, "person:ann");
}

}  // namespace
}  // namespace wngraph
