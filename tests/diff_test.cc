// What changed between two graphs (src/graph/diff.cc).
#include <gtest/gtest.h>

#include "test_util.h"
#include "wngraph/diff.h"
#include "wngraph/error.h"
#include "wngraph/export.h"
#include "wngraph/graphml.h"

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
            "Before: 2 nodes, 1 relation. After: 3 nodes, 3 relations.\n"
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

// A GraphML export read back is the same graph: nothing new against the
// graph it came from, and what a later export adds is found.
TEST(GraphmlGraph, ReadsWngraphExportsBack) {
  Graph before = testing::graph_of({"I met Sam Green from Made Tech."});
  Graph after = testing::graph_of({"I met Sam Green from Made Tech.", "I met Sam Green again, and Kay Brown."});
  ExportOptions eo;
  eo.positions = false;
  auto graphml = [&](const Graph& g) { return render(find_exporter("graphml"), g, eo).at(""); };
  Graph old_read = read_graphml_graph(graphml(before), "old.graphml");
  Graph new_read = read_graphml_graph(graphml(after), "new.graphml");
  EXPECT_EQ(dump(old_read), dump(before));
  Graph same = read_graphml_graph(graphml(before), "old.graphml");
  GraphDiff none = diff_graphs(old_read, same);
  EXPECT_TRUE(none.new_nodes.empty() && none.new_edges.empty() && none.strengthened.empty());
  GraphDiff d = diff_graphs(old_read, new_read);
  ASSERT_EQ(d.new_nodes.size(), 1u);
  EXPECT_EQ(new_read.g[d.new_nodes[0]].label, "Kay Brown");
  EXPECT_EQ(new_read.g[d.new_nodes[0]].type, EntityType::kPerson);
  ASSERT_EQ(d.strengthened.size(), 1u);
  auto fresh = new_evidence(old_read, new_read, d.strengthened[0].edge);
  ASSERT_EQ(fresh.size(), 1u);
  EXPECT_EQ(fresh[0].note_id, "note2.txt");
  EXPECT_EQ(fresh[0].sentence, "I met Sam Green again, and Kay Brown.");
}

TEST(GraphmlGraph, OtherToolsFilesAndErrors) {
  const char* foreign = R"(<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <key id="d0" for="edge" attr.name="weight" attr.type="double"/>
  <graph edgedefault="undirected"><node id="a"/><node id="b"/>
  <edge source="a" target="b"><data key="d0">2.0</data></edge></graph></graphml>)";
  Graph g = read_graphml_graph(foreign, "f.graphml");
  EXPECT_EQ(dump(g), "Organisation a\nOrganisation b\na -mentioned_with- b x2\n");
  struct Case {
    std::string xml, message;
  };
  const Case cases[] = {
      {"<gexf/>", "f.graphml: not a graphml document (root is not <graphml>)"},
      {"<graphml/>", "f.graphml: no <graph> in the graphml document"},
      {"<graphml><graph>\n<edge source='a' target='b'/></graph></graphml>",
       "f.graphml:2: an edge names an unknown node 'a'"},
  };
  for (const auto& c : cases) {
    try {
      read_graphml_graph(c.xml, "f.graphml");
      ADD_FAILURE() << c.xml;
    } catch (const Error& e) {
      EXPECT_EQ(e.describe(), c.message);
    }
  }
}

}  // namespace
}  // namespace wngraph
