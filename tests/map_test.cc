#include <gtest/gtest.h>

#include <cmath>

#include "map/common.h"
#include "test_util.h"
#include "wngraph/centrality.h"
#include "wngraph/error.h"
#include "wngraph/map.h"
#include "wngraph/pipeline.h"

namespace wngraph {
namespace {

Graph sample() {
  Graph g =
      testing::graph_of({"I caught up with Kay Brown and Sam Jones from Made Tech.",
                         "Had a chat with Priya Shah and Tom Reid at the Digital Board.",
                         "Met Ana Ruiz from Leeds City Council.", "Sam Jones presented to the LOTI Advisory Panel.",
                         "Hackney Council is part of LOTI.", "Kay Brown met Omar Ali and Sam Jones."});
  compute_centrality(g);
  g.g[0].label = "Omar \"O\" <Ali>";  // a name that needs escaping everywhere
  return g;
}

// Notes with dates, from front matter, as `wngraph map` reads them.
Graph dated(const std::vector<std::pair<std::string, std::string>>& notes) {
  PipelineOptions po;
  for (const auto& [date, text] : notes)
    po.documents.emplace_back("note-" + date + ".md", "---\nauthor: Ann\ndate: " + date + "\n---\n" + text + "\n");
  po.lexicon = testing::shared_lexicon();
  po.jobs = 1;
  return build_knowledge_graph(po);
}

void expect_readable(const Graph& g, const MapLayout& m) {
  size_t n = boost::num_vertices(g.g);
  for (size_t v = 0; v < n; ++v) {
    const Point& p = m.position[v];
    double r = m.radius[v];
    EXPECT_TRUE(p.x - r >= 0 && p.y - r >= 0 && p.x + r <= m.width && p.y + r <= m.height)
        << g.g[v].label << " at " << p.x << "," << p.y << " r " << r << " in " << m.width << "x" << m.height;
    for (size_t w = v + 1; w < n; ++w)
      EXPECT_GE(std::hypot(p.x - m.position[w].x, p.y - m.position[w].y), r + m.radius[w])
          << g.g[v].label << " overlaps " << g.g[w].label;
  }
  for (size_t i = 0; i < m.labels.size(); ++i) {
    const Box& b = m.labels[i].box;
    EXPECT_TRUE(b.x >= 0 && b.y >= 0 && b.x + b.w <= m.width && b.y + b.h <= m.height);
    for (size_t j = i + 1; j < m.labels.size(); ++j) EXPECT_FALSE(b.overlaps(m.labels[j].box));
    for (size_t v = 0; v < n; ++v) {
      if (v == m.labels[i].node) continue;
      const Point& p = m.position[v];
      double cx = std::clamp(p.x, b.x, b.x + b.w), cy = std::clamp(p.y, b.y, b.y + b.h);
      EXPECT_GE(std::hypot(cx - p.x, cy - p.y), m.radius[v]) << g.g[m.labels[i].node].label << " over " << g.g[v].label;
    }
  }
}

// A graph of `n` people where every pair met (`weight` each) and, for the
// pairs in `twice`, also presented to each other.
Graph clique(size_t n, const std::vector<std::pair<size_t, size_t>>& twice = {}) {
  Graph g;
  for (size_t v = 0; v < n; ++v) {
    Vertex x = boost::add_vertex(g.g);
    g.g[x].id = "p" + std::to_string(v);
  }
  auto link = [&](size_t a, size_t b, Relation r, int weight) {
    auto e = boost::add_edge(a, b, g.g).first;
    g.g[e].relation = r;
    g.g[e].weight = weight;
  };
  for (size_t a = 0; a < n; ++a)
    for (size_t b = a + 1; b < n; ++b) link(a, b, Relation::kMetWith, 1);
  for (auto [a, b] : twice) link(a, b, Relation::kPresentedTo, 5);
  return g;
}

TEST(LayoutLinks, EachPairOnceAndTheBackboneOnlyPastTheLimit) {
  // 40 people: 780 pairs, under the limit: every pair once, though one
  // pair has two edges.
  auto small = detail::layout_links(clique(40, {{0, 1}}));
  size_t pairs = 0;
  for (const auto& a : small) pairs += a.size();
  EXPECT_EQ(pairs / 2, 40u * 39 / 2);
  EXPECT_EQ(std::count(small[0].begin(), small[0].end(), 1u), 1);
  // 330 people: 54,285 pairs, over it: each node's 10 strongest links, the
  // heavier pairs first, then the lower neighbours.
  const size_t n = 330;
  ASSERT_GT(n * (n - 1) / 2, detail::kLayoutLinks);
  auto big = detail::layout_links(clique(n, {{5, 300}, {7, 300}}));
  pairs = 0;
  for (size_t v = 0; v < n; ++v) {
    pairs += big[v].size();
    EXPECT_GE(big[v].size(), detail::kBackbone) << v;
    for (size_t w : big[v]) EXPECT_NE(std::find(big[w].begin(), big[w].end(), v), big[w].end());
  }
  EXPECT_LE(pairs / 2, n * detail::kBackbone);
  auto has = [&](size_t a, size_t b) { return std::find(big[a].begin(), big[a].end(), b) != big[a].end(); };
  EXPECT_TRUE(has(300, 5));  // the strongest links of node 300
  EXPECT_TRUE(has(300, 7));
  EXPECT_TRUE(has(300, 0));    // then its lowest neighbours
  EXPECT_FALSE(has(300, 20));  // not among 300's ten, nor 300 among 20's
  EXPECT_TRUE(has(200, 9));    // 200's ten are 0..9
  EXPECT_FALSE(has(200, 10));
}

TEST(Map, DeterministicInsideTheFrameNothingOverlaps) {
  Graph g = sample();
  for (const char* layout : {"sfdp", "neato"}) {
    SCOPED_TRACE(layout);
    MapOptions o;
    o.layout = layout;
    MapLayout a = layout_map(g, o), b = layout_map(g, o);
    ASSERT_EQ(a.position.size(), boost::num_vertices(g.g));
    for (size_t v = 0; v < a.position.size(); ++v) EXPECT_EQ(a.position[v].x, b.position[v].x);
    expect_readable(g, a);
    EXPECT_EQ(a.labels.size(), a.position.size());  // a small map: every name fits
  }
}

TEST(Map, AtMostNLabelsLargestFirst) {
  Graph g = sample();
  MapOptions o;
  o.labels = 2;
  MapLayout m = layout_map(g, o);
  ASSERT_EQ(m.labels.size(), 2u);
  double smallest_labelled = std::min(m.radius[m.labels[0].node], m.radius[m.labels[1].node]);
  for (size_t v = 0; v < m.radius.size(); ++v)
    if (v != m.labels[0].node && v != m.labels[1].node) {
      EXPECT_LE(m.radius[v], smallest_labelled);
    }
}

TEST(Map, NodesWithNoLinkGoToACaptionedPanelBelow) {
  Graph g = testing::graph_of({"I met Kay Brown and Sam Jones.", "Hackney Council is great. So is Camden Council."});
  compute_centrality(g);
  MapLayout m = layout_map(g, MapOptions{});
  expect_readable(g, m);
  std::vector<std::string> captions;
  for (const auto& c : m.captions) captions.push_back(c.text);
  EXPECT_EQ(captions, (std::vector<std::string>{"no link: Council (2)"}));
  double lowest_linked = 0;
  for (auto v : boost::make_iterator_range(boost::vertices(g.g)))
    if (g.g[v].type == EntityType::kPerson) lowest_linked = std::max(lowest_linked, m.position[v].y);
  for (auto v : boost::make_iterator_range(boost::vertices(g.g)))
    if (g.g[v].type == EntityType::kCouncil) {
      EXPECT_GT(m.position[v].y, lowest_linked);
      EXPECT_GT(m.position[v].y, m.captions[0].box.y);
    }
}

TEST(Map, ManyNodesGrowTheFrameRatherThanShrinkLabels) {
  std::vector<std::string> texts;
  for (int i = 0; i < 40; ++i)
    texts.push_back("I met Kay Brown" + std::to_string(i) + " and Sam Jones" + std::to_string(i) + " at the Board " +
                    std::to_string(i % 5) + " of Made Tech.");
  Graph g = testing::graph_of(texts);
  compute_centrality(g);
  MapOptions o;
  o.width = 400, o.height = 300;
  MapLayout m = layout_map(g, o);
  EXPECT_GT(m.width * m.height, o.width * o.height);
  expect_readable(g, m);
  EXPECT_GE(m.labels.size(), std::min<size_t>(60, m.position.size()));
}

// A canvas smaller than the legend's band: the frame grows, every position
// is a number (a negative room once made sfdp's edge length NaN).
TEST(Map, TinyCanvasStillLaysOut) {
  Graph g = sample();
  MapOptions o;
  o.width = 100, o.height = 100;
  MapLayout m = layout_map(g, o);
  for (const auto& p : m.position) EXPECT_TRUE(std::isfinite(p.x) && std::isfinite(p.y));
  EXPECT_GT(m.width, o.width);
  expect_readable(g, m);
}

TEST(Map, SinceMarksWhatIsNew) {
  Graph g = dated({{"2024-01-08", "I met Kay Brown and Sam Jones."}, {"2024-02-05", "I met Kay Brown and Tom Reid."}});
  compute_centrality(g);
  MapOptions o;
  o.since = parse_date("2024-02-01");
  MapLayout m = layout_map(g, o);
  std::vector<std::string> fresh, old;
  for (auto v : boost::make_iterator_range(boost::vertices(g.g))) (m.new_node[v] ? fresh : old).push_back(g.g[v].label);
  EXPECT_EQ(fresh, (std::vector<std::string>{"Tom Reid"}));
  size_t new_edges = 0, k = 0;
  for (const auto& e : g.edges()) {
    bool with_tom = g.g[boost::source(e, g.g)].label == "Tom Reid" || g.g[boost::target(e, g.g)].label == "Tom Reid";
    EXPECT_EQ(m.new_edge[k++], with_tom);
    new_edges += with_tom;
  }
  EXPECT_EQ(new_edges, 2u);  // Ann and Kay Brown met Tom Reid
  std::string svg = render_map_svg(g, m, o);
  EXPECT_NE(svg.find("new since</text><text x=\"32\" y=\""), std::string::npos);
  EXPECT_NE(svg.find(">2024-02-01</text>"), std::string::npos);
  EXPECT_EQ(layout_map(g, MapOptions{}).new_edge, std::vector<bool>{});  // no --since: nothing new
}

TEST(Map, NeatoRefusesMoreThanItsLimit) {
  std::vector<std::string> texts;
  for (size_t i = 0; i <= kNeatoLimit / 2; ++i)
    texts.push_back("I met Kay Brown" + std::to_string(i) + " and Sam Jones" + std::to_string(i) + ".");
  Graph g = testing::graph_of(texts);
  MapOptions o;
  o.layout = "neato";
  try {
    layout_map(g, o);
    FAIL();
  } catch (const Error& x) {
    EXPECT_EQ(std::string(x.what()), "neato lays out at most 2500 linked nodes (this map has 2503); use --layout sfdp");
  }
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
  EXPECT_NE(html.find("<label for=\"search\">"), std::string::npos);
  EXPECT_NE(html.find("<input id=\"week\" type=\"range\""), std::string::npos);
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
