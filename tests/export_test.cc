#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "wngraph/error.h"
#include "wngraph/export.h"

namespace wngraph {
namespace {

// Two nodes whose names hold every character that needs escaping somewhere.
Graph tricky() {
  Graph g;
  NodeProps a, b;
  a.id = "person:a";
  a.label = "Sam \"Q\" <b>&amp; \\ back\nline Zo\xC3\xAB";
  a.aliases = {"x; y"};
  b.id = "forum:node";
  b.label = "node";
  b.type = EntityType::kForum;
  boost::add_vertex(a, g.g);
  boost::add_vertex(b, g.g);
  EdgeProps e;
  e.id = "e0";
  e.relation = Relation::kAttended;
  e.weight = 2;
  e.evidence = {{"n1", {2020, 1, 6}, "He said \"hi\" & <left>."}};
  e.first_seen = e.last_seen = {2020, 1, 6};
  boost::add_edge(0, 1, e, g.g);
  return g;
}

std::string render(const std::string& format, const Graph& g = tricky()) {
  std::ostringstream out;
  ExportOptions o;
  o.format = format;
  find_exporter(format).write(g, o, out);
  return out.str();
}

bool contains(const std::string& hay, const std::string& needle) { return hay.find(needle) != std::string::npos; }

TEST(Registry, UnknownFormatListsValidOnes) {
  try {
    find_exporter("graph");
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(std::string(e.what()), "unknown format 'graph' (valid: dot, graphml, jsonld); did you mean 'graphml'?");
  }
  try {
    find_exporter("csv");
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(std::string(e.what()), "unknown format 'csv' (valid: dot, graphml, jsonld)");
  }
}

TEST(Graphml, EscapesAndNamesKeys) {
  std::string x = render("graphml");
  EXPECT_TRUE(contains(x, "<data key=\"label\">Sam &quot;Q&quot; &lt;b&gt;&amp;amp; \\ back\nline Zo\xC3\xAB</data>")) << x;
  EXPECT_TRUE(contains(x, "<key id=\"e_label\" for=\"edge\" attr.name=\"label\" attr.type=\"string\"/>"));
  EXPECT_FALSE(contains(x, "key=\"d0\""));
  EXPECT_FALSE(contains(x, "<!DOCTYPE"));
  EXPECT_TRUE(contains(x, "<data key=\"e_label\">ATTENDED</data>"));
  EXPECT_TRUE(contains(x, "<data key=\"labels\">:Person</data>"));
  EXPECT_LT(x.find("<node"), x.find("<edge"));
}

TEST(Dot, QuotesEverythingAndUsesSyntheticIds) {
  std::string x = render("dot");
  EXPECT_TRUE(contains(x, "n0 [label=\"Sam \\\"Q\\\" <b>&amp; \\\\ back\\nline Zo\xC3\xAB\"")) << x;
  EXPECT_TRUE(contains(x, "n1 [label=\"node\"")) << x;  // a DOT keyword as a label, quoted
  EXPECT_TRUE(contains(x, "n0 -> n1 [label=\"attended\""));
}

TEST(Jsonld, EscapesAndCarriesEvidence) {
  std::string x = render("jsonld");
  EXPECT_TRUE(contains(x, "\"name\": \"Sam \\\"Q\\\" <b>&amp; \\\\ back\\nline Zo\xC3\xAB\"")) << x;
  EXPECT_TRUE(contains(x, "\"wn:sentence\": \"He said \\\"hi\\\" & <left>.\""));
  EXPECT_TRUE(contains(x, "\"@vocab\": \"https://schema.org/\""));
  EXPECT_TRUE(contains(x, "\"wn:attended\": ["));
}

TEST(Export, DeterministicBytes) {
  for (const auto& f : exporter_names()) EXPECT_EQ(render(f), render(f)) << f;
}

TEST(Export, FiltersByRelationAndWeight) {
  ExportOptions o;
  o.min_weight = 3;
  EXPECT_EQ(boost::num_edges(filter_graph(tricky(), o).g), 0u);
  o.min_weight = 1;
  o.relations = {Relation::kMetWith};
  EXPECT_EQ(boost::num_edges(filter_graph(tricky(), o).g), 0u);
  o.relations = {Relation::kAttended};
  EXPECT_EQ(boost::num_edges(filter_graph(tricky(), o).g), 1u);
}

TEST(Export, AtomicWriteAndErrors) {
  namespace fs = std::filesystem;
  fs::path dir = fs::temp_directory_path() / "wngraph_export_test";
  fs::remove_all(dir);
  fs::create_directories(dir);
  ExportOptions o;
  o.output = (dir / "g.graphml").string();
  export_graph(tricky(), o);
  EXPECT_TRUE(fs::exists(o.output));
  EXPECT_EQ(std::distance(fs::directory_iterator(dir), fs::directory_iterator()), 1);
  o.output = (dir / "missing" / "g.graphml").string();
  try {
    export_graph(tricky(), o);
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.describe(), o.output + ": no such folder for the output");
  }
  fs::remove_all(dir);
}

}  // namespace
}  // namespace wngraph
