#include <gtest/gtest.h>

#include "test_util.h"
#include "wngraph/centrality.h"

#include <algorithm>
#include <stdexcept>

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

// A node's figures: the names of metric_names(), iterated in name order like
// the std::map they replace, so exports keep their attribute order.
TEST(MetricValues, NamesAreThoseOfCentralityInNameOrder) {
  std::vector<std::string> want = metric_names();
  std::sort(want.begin(), want.end());
  const auto& got = MetricValues::names();
  EXPECT_EQ(std::vector<std::string>(got.begin(), got.end()), want);
}

TEST(MetricValues, BehavesAsASortedMap) {
  MetricValues m;
  EXPECT_TRUE(m.empty());
  EXPECT_EQ(m.find("pagerank"), m.end());
  m["pagerank"] = 0.5;
  m["betweenness"] = 0.25;
  m["community"];  // added as 0
  EXPECT_EQ(m.size(), 3u);
  EXPECT_EQ(m.count("pagerank"), 1u);
  EXPECT_EQ(m.count("degree"), 0u);
  EXPECT_EQ(m.at("pagerank"), 0.5);
  EXPECT_EQ(m.find("betweenness")->second, 0.25);
  std::vector<std::pair<std::string, double>> seen;
  for (const auto& [k, v] : m) seen.emplace_back(k, v);
  EXPECT_EQ(seen,
            (std::vector<std::pair<std::string, double>>{{"betweenness", 0.25}, {"community", 0}, {"pagerank", 0.5}}));
  MetricValues n = m;
  EXPECT_EQ(n, m);
  n["community"] = 1;
  EXPECT_NE(n, m);
}

TEST(MetricValues, UnknownNamesAreErrors) {
  MetricValues m;
  EXPECT_EQ(m.count("colour"), 0u);
  EXPECT_THROW(m["colour"], std::out_of_range);
  EXPECT_THROW((void)m.at("degree"), std::out_of_range);
}

}  // namespace
}  // namespace wngraph
