// add_metrics_to_graphml(): figures added to GraphML written by any tool,
// everything else kept; malformed and hostile documents refused, located.
#include <gtest/gtest.h>

#include "wngraph/error.h"
#include "wngraph/graphml.h"

namespace wngraph {
namespace {

const char* kPath = R"(<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <key id="d0" for="node" attr.name="colour" attr.type="string"/>
  <graph edgedefault="undirected">
    <node id="a"><data key="d0">red</data></node>
    <node id="b"/>
    <node id="c"/>
    <edge source="a" target="b"/>
    <edge source="b" target="c"/>
  </graph>
</graphml>
)";

TEST(GraphmlMetrics, AddsEveryFigureAndKeepsTheRest) {
  GraphmlMetricsOptions o;
  CentralitySummary s;
  std::string out = add_metrics_to_graphml(kPath, "path.graphml", o, &s);
  EXPECT_NE(out.find("<data key=\"d0\">red</data>"), std::string::npos);
  for (const auto& m : metric_names()) EXPECT_NE(out.find("attr.name=\"" + m + "\""), std::string::npos) << m;
  // b is the only broker of the path a-b-c: betweenness 1 (normalised).
  EXPECT_NE(out.find("<node id=\"b\">"), std::string::npos);
  EXPECT_EQ(s.communities, 1u);
}

TEST(GraphmlMetrics, BadDocumentsAreLocatedErrors) {
  struct Case {
    std::string xml, want;
  };
  const Case cases[] = {
      {"<graphml><graph><node id=\"a\"/>\n<edge source=\"a\" target=\"zz\"/></graph></graphml>",
       "g.graphml:2: edge names an unknown node: `a -> zz`"},
      {"<graphml></graphml>", "g.graphml: graphml has no <graph>"},
      {"<?xml version=\"1.0\"?>\n<!DOCTYPE g [<!ENTITY x \"y\">]>\n<graphml/>",
       "g.graphml:2: graphml declares entities; refusing to expand them: `<!ENTITY x \"y\">]>`"},
  };
  for (const auto& c : cases) {
    try {
      add_metrics_to_graphml(c.xml, "g.graphml", {});
      ADD_FAILURE() << "no error for " << c.xml;
    } catch (const Error& e) {
      EXPECT_EQ(e.describe(), c.want);
    }
  }
}

}  // namespace
}  // namespace wngraph
