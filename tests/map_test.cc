#include <gtest/gtest.h>

#include "test_util.h"
#include "wngraph/centrality.h"
#include "wngraph/error.h"
#include "wngraph/map.h"

namespace wngraph {
namespace {

Graph sample() {
  Graph g = testing::graph_of({"I caught up with Kay Brown and Sam Jones from Made Tech.",
                               "Had a chat with Priya Shah and Tom Reid at the Digital Board.",
                               "Met Ana Ruiz from Leeds City Council."});
  compute_centrality(g);
  g.g[0].label = "Omar \"O\" <Ali>";  // a name that needs escaping everywhere
  return g;
}

TEST(Map, DeterministicInsideTheCanvasLabelsApart) {
  Graph g = sample();
  MapOptions o;
  MapLayout a = layout_map(g, o), b = layout_map(g, o);
  ASSERT_EQ(a.position.size(), boost::num_vertices(g.g));
  for (size_t v = 0; v < a.position.size(); ++v) {
    EXPECT_EQ(a.position[v].x, b.position[v].x);
    EXPECT_GE(a.position[v].x, 0);
    EXPECT_LE(a.position[v].x, o.width);
    EXPECT_GE(a.position[v].y, 0);
    EXPECT_LE(a.position[v].y, o.height);
  }
  EXPECT_EQ(a.labels.size(), std::min<size_t>(o.labels, a.position.size()));
  for (size_t i = 0; i < a.labels.size(); ++i)
    for (size_t j = i + 1; j < a.labels.size(); ++j) EXPECT_FALSE(a.labels[i].box.overlaps(a.labels[j].box));
}

TEST(Map, SvgAndHtmlEscapeNamesAndEmbedEverything) {
  Graph g = sample();
  MapOptions o;
  MapLayout l = layout_map(g, o);
  std::string svg = render_map_svg(g, l, o), html = render_map_html(g, l, o);
  EXPECT_NE(svg.find("Omar &quot;O&quot; &lt;Ali&gt;"), std::string::npos);
  EXPECT_EQ(html.find("<Ali>"), std::string::npos);        // never raw in the page
  EXPECT_NE(html.find("\\u003cAli>"), std::string::npos);  // escaped in the data block
  EXPECT_NE(html.find("default-src 'none'"), std::string::npos);
  EXPECT_EQ(html.find(" src="), std::string::npos);
}

TEST(Map, EgoGraph) {
  Graph g = sample();
  Graph e = ego_graph(g, "Made Tech", 1);
  std::vector<std::string> labels;
  for (auto v : boost::make_iterator_range(boost::vertices(e.g))) labels.push_back(e.g[v].label);
  EXPECT_EQ(labels.size(), 3u);
  EXPECT_NE(std::find(labels.begin(), labels.end(), "Made Tech"), labels.end());
  EXPECT_NE(std::find(labels.begin(), labels.end(), "Kay Brown"), labels.end());
  try {
    ego_graph(g, "Made Tek", 1);
    FAIL();
  } catch (const Error& x) {
    EXPECT_EQ(std::string(x.what()), "unknown node 'Made Tek'; did you mean 'Made Tech'?");
  }
}

}  // namespace
}  // namespace wngraph
