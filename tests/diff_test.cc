// What changed between two graphs (src/graph/diff.cc).
#include <gtest/gtest.h>

#include "test_util.h"
#include "wngraph/diff.h"

namespace wngraph {
namespace {

TEST(Diff, NewNodesNewAndStrengthenedEdges) {
  Graph before = testing::graph_of({"I met Sam Green."});
  Graph after = testing::graph_of({"I met Sam Green.", "I met Sam Green again, and Kay Brown."});
  GraphDiff d = diff_graphs(before, after);
  std::vector<std::string> new_nodes, changes;
  for (auto v : d.new_nodes) new_nodes.push_back(after.g[v].label);
  EXPECT_EQ(new_nodes, (std::vector<std::string>{"Kay Brown"}));
  // Met together: Ann met Kay, and Kay met Sam.
  ASSERT_EQ(d.new_edges.size(), 2u);
  EXPECT_EQ(after.g[boost::target(d.new_edges[0], after.g)].label, "Kay Brown");
  EXPECT_EQ(after.g[d.new_edges[1]].change, "new");
  ASSERT_EQ(d.strengthened.size(), 1u);
  EXPECT_EQ(d.strengthened[0].old_weight, 1);
  EXPECT_EQ(after.g[d.strengthened[0].edge].weight, 2);
  for (auto v : boost::make_iterator_range(boost::vertices(after.g)))
    changes.push_back(after.g[v].label + "=" + after.g[v].change);
  EXPECT_EQ(changes, (std::vector<std::string>{"Ann=unchanged", "Kay Brown=new", "Sam Green=unchanged"}));
  EXPECT_TRUE(has_changes(after));
  EXPECT_FALSE(has_changes(before));
}

TEST(Diff, TextListsChangesWithTheirNewEvidence) {
  Graph before = testing::graph_of({"I met Sam Green."});
  Graph after = testing::graph_of({"I met Sam Green.", "I met Sam Green again, and Kay Brown."});
  GraphDiff d = diff_graphs(before, after);
  EXPECT_EQ(diff_text(before, after, d, "What changed"),
            "What changed\n"
            "Before: 2 nodes, 1 relations. After: 3 nodes, 3 relations.\n"
            "\n"
            "New people (1)\n"
            "  Kay Brown\n"
            "\n"
            "New organisations, teams, programmes and forums (0)\n"
            "\n"
            "New relations (2)\n"
            "  Ann -met_with-> Kay Brown\n"
            "      \u201cI met Sam Green again, and Kay Brown.\u201d (note2.txt)\n"
            "  Kay Brown -met_with-> Sam Green\n"
            "      \u201cI met Sam Green again, and Kay Brown.\u201d (note2.txt)\n"
            "\n"
            "Strengthened relations (1)\n"
            "  Ann -met_with-> Sam Green (x1 -> x2)\n"
            "      \u201cI met Sam Green again, and Kay Brown.\u201d (note2.txt)\n");
}

TEST(Diff, NothingChanged) {
  Graph before = testing::graph_of({"I met Sam Green."});
  Graph after = testing::graph_of({"I met Sam Green."});
  GraphDiff d = diff_graphs(before, after);
  EXPECT_TRUE(d.new_nodes.empty());
  EXPECT_TRUE(d.new_edges.empty());
  EXPECT_TRUE(d.strengthened.empty());
}

}  // namespace
}  // namespace wngraph
