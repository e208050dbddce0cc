#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>

#include "common.h"
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
  e.evidence = {{"n1", {2020, 1, 6}, "He said \"hi\" & <left>.", RuleIds({"attend.cue", "attend.chair-cue"})}};
  e.first_seen = e.last_seen = {2020, 1, 6};
  boost::add_edge(0, 1, e, g.g);
  return g;
}

std::string render(const std::string& format, const Graph& g = tricky()) {
  ExportOptions o;
  o.format = format;
  auto files = wngraph::render(find_exporter(format), g, o);
  if (files.size() == 1) return files.begin()->second;
  std::string all;  // a folder format: every file, in name order
  for (const auto& [name, data] : files) all += "== " + name + "\n" + data;
  return all;
}

bool contains(const std::string& hay, const std::string& needle) {
  return hay.find(needle) != std::string::npos;
}

// The reference for detail::number(): printf's %.Pg with the fewest digits
// P >= 6 that strtod reads back as x.
std::string printf_number(double x) {
  char buf[32];
  for (int prec = 6; prec <= 17; ++prec) {
    std::snprintf(buf, sizeof buf, "%.*g", prec, x);
    if (std::strtod(buf, nullptr) == x) break;
  }
  return buf;
}

TEST(Number, PrintfsShortestRoundTripFromSixDigits) {
  const std::vector<std::pair<double, std::string>> cases = {
      {0, "0"},
      {-0.0, "-0"},
      {1, "1"},
      {0.1, "0.1"},
      {1.0 / 3, "0.3333333333333333"} /* 16 digits to read back */,
      {123456, "123456"},
      {1234567, "1234567"},
      {1e21, "1e+21"},
      {0.0001, "0.0001"},
      {0.00001, "1e-05"},
      {2.5e-7, "2.5e-07"},
      {NAN, "0"},
      {INFINITY, "0"}};
  for (const auto& [x, text] : cases) EXPECT_EQ(detail::number(x), text) << x;
  std::mt19937_64 rng(7);
  std::uniform_real_distribution<double> unit(0, 1);
  for (int i = 0; i < 20000; ++i) {
    double x = i % 2 ? unit(rng) : std::ldexp(unit(rng), static_cast<int>(rng() % 200) - 100);
    ASSERT_EQ(detail::number(x), printf_number(x)) << x;
  }
}

TEST(Registry, UnknownFormatSuggestsTheClosest) {
  try {
    find_exporter("graph");
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(std::string(e.what()), "unknown format 'graph'; did you mean 'graphml'?");
  }
  try {
    find_exporter("xlsx");
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(std::string(e.what()), "unknown format 'xlsx'");  // ten formats: --help lists them
  }
}

// GEXF: a date's parts as integers, where known, in both versions, so a
// client filters by year or month even when a note gave no year.
TEST(Gexf, DatePartsAsNumbersEvenWithoutAYear) {
  Graph g = tricky();
  auto e = *boost::edges(g.g).first;
  g.g[e].last_seen = Date{0, 3, 2};
  for (const char* version : {"1.2draft", "1.3"}) {
    ExportOptions o;
    o.gexf_version = version;
    std::string x = wngraph::render(find_exporter("gexf"), g, o)[""];
    EXPECT_TRUE(contains(x, "<attribute id=\"last_seen_month\" title=\"last_seen_month\" type=\"integer\"/>"));
    EXPECT_TRUE(contains(x, "<attvalue for=\"first_seen_year\" value=\"2020\"/>")) << version;
    EXPECT_TRUE(contains(x, "<attvalue for=\"last_seen_month\" value=\"3\"/>")) << version;
    EXPECT_TRUE(contains(x, "<attvalue for=\"last_seen_day\" value=\"2\"/>")) << version;
    EXPECT_FALSE(contains(x, "<attvalue for=\"last_seen_year\"")) << version;
  }
}

// RDF: the same typed literals in every syntax; strings escaped as N-Triples
// has them; doubles in xsd:double's canonical form, as JSON-LD's toRdf.
TEST(Rdf, TypedLiteralsInEverySyntax) {
  Graph g = tricky();
  auto e = *boost::edges(g.g).first;
  g.g[e].last_seen = Date{0, 3, 2};  // no year
  g.g[0].metrics["pagerank"] = 0.25;
  g.g[0].metrics["degree"] = 3;
  std::string nq = render("nquads", g), ttl = render("turtle", g), ld = render("jsonld", g);
  const std::string xsd = "<http://www.w3.org/2001/XMLSchema#";
  EXPECT_TRUE(contains(nq, "<https://w3id.org/wngraph/vocab#firstSeen> \"2020-01-06\"^^" + xsd + "date> .\n")) << nq;
  EXPECT_TRUE(contains(nq, "<https://w3id.org/wngraph/vocab#lastSeen> \"--03-02\"^^" + xsd + "gMonthDay> .\n"));
  EXPECT_TRUE(contains(nq, "<https://w3id.org/wngraph/vocab#pagerank> \"2.5E-1\"^^" + xsd + "double> .\n"));
  EXPECT_TRUE(contains(nq, "<https://w3id.org/wngraph/vocab#degree> \"3\"^^" + xsd + "integer> .\n"));
  EXPECT_TRUE(contains(nq, "<https://schema.org/name> \"Sam \\\"Q\\\" <b>&amp; \\\\ back\\nline Zo\xC3\xAB\" .\n"))
      << nq;
  EXPECT_TRUE(contains(ttl, "wn:lastSeen \"--03-02\"^^xsd:gMonthDay")) << ttl;
  EXPECT_TRUE(contains(ttl, "wn:pagerank \"2.5E-1\"^^xsd:double"));
  EXPECT_TRUE(contains(ld, "\"wn:lastSeen\": {\n    \"@value\": \"--03-02\",\n    \"@type\": \"xsd:gMonthDay\"")) << ld;
}

// Plain property-graph CSVs: no neo4j-admin suffixes, dates split into a
// DATE column and a partial one, evidence as one line of JSON.
TEST(Csv, PlainHeadersAndAKuzuScript) {
  Graph g = tricky();
  auto e = *boost::edges(g.g).first;
  g.g[e].last_seen = Date{0, 3, 2};  // no year
  auto files = wngraph::render(find_exporter("csv"), g, ExportOptions{});
  std::vector<std::string> names;
  for (const auto& [k, v] : files) names.push_back(k);
  EXPECT_EQ(names, (std::vector<std::string>{"README.md", "edges.csv", "kuzu.cypher", "nodes.csv"}));
  EXPECT_EQ(files["nodes.csv"].substr(0, files["nodes.csv"].find('\n')), "id,name,type,aliases,notes,is_author");
  EXPECT_EQ(files["edges.csv"].substr(0, files["edges.csv"].find('\n')),
            "source,target,relation,weight,symmetric,first_seen,last_seen,first_seen_partial,last_seen_partial,"
            "evidence,rule");
  EXPECT_TRUE(contains(files["edges.csv"], "\"attended\",2,false,2020-01-06,,\"\",\"--03-02\",\"[{"))
      << files["edges.csv"];
  EXPECT_TRUE(contains(files["kuzu.cypher"], "COPY Relation FROM 'edges.csv' (header=true);\n"));
  for (const auto& [name, data] : files) EXPECT_FALSE(contains(data, "\\\"")) << name;
}

TEST(Graphml, EscapesAndNamesKeys) {
  std::string x = render("graphml");
  EXPECT_TRUE(contains(x, "<data key=\"v_label\">Sam &quot;Q&quot; &lt;b&gt;&amp;amp; \\ back\nline Zo\xC3\xAB</data>"))
      << x;
  EXPECT_TRUE(contains(x, "<key id=\"label\" for=\"edge\" attr.name=\"label\" attr.type=\"string\"/>"));
  EXPECT_TRUE(contains(x, "<key id=\"v_label\" for=\"node\" attr.name=\"label\" attr.type=\"string\"/>"));
  EXPECT_FALSE(contains(x, "key=\"d0\""));
  EXPECT_FALSE(contains(x, "<!DOCTYPE"));
  // APOC types a relationship by the edge's first data with key id "label".
  EXPECT_TRUE(contains(x, "target=\"forum:node\">\n      <data key=\"label\">ATTENDED</data>"));
  EXPECT_TRUE(contains(x, "<data key=\"labels\">:Person</data>"));
  EXPECT_LT(x.find("<node"), x.find("<edge"));
}

TEST(Export, EveryEdgeNamesItsRules) {
  EXPECT_TRUE(contains(render("graphml"), "<data key=\"rule\">attend.chair-cue; attend.cue</data>"));
  EXPECT_TRUE(contains(render("gexf"), "for=\"rule\" value=\"attend.chair-cue; attend.cue\""));
  std::string jsonld = render("jsonld");
  jsonld.erase(std::remove_if(jsonld.begin(), jsonld.end(), [](char c) { return c == ' ' || c == '\n'; }),
               jsonld.end());
  EXPECT_TRUE(contains(jsonld, "\"wn:rule\":[\"attend.chair-cue\",\"attend.cue\"]"));
}

TEST(JsGraphs, GraphologyAndCytoscapeCarryPositionsAndTypes) {
  std::string g = render("graphology");
  EXPECT_TRUE(contains(g, "\"entity_type\": \"Person\"")) << g;
  EXPECT_FALSE(contains(g, "\"type\": \"Person\""));  // sigma.js reserves `type`
  EXPECT_TRUE(contains(g, "\"x\": ") && contains(g, "\"y\": ") && contains(g, "\"color\": \"#"));
  EXPECT_TRUE(contains(g, "\"label\": \"Sam \\\"Q\\\" <b>&amp; \\\\ back\\nline Zo\xC3\xAB\""));
  std::string c = render("cytoscape");
  EXPECT_TRUE(contains(c, "\"classes\": \"Person\"")) << c;
  EXPECT_TRUE(contains(c, "\"classes\": \"attended\""));
  EXPECT_TRUE(contains(c, "\"position\": {"));
}

// An exporter writes the positions the graph carries (laid out by the
// pipeline); a filtered graph is laid out again, as it is written.
TEST(Positions, TheGraphsOwnUnlessFiltered) {
  Graph g = tricky();
  g.positions = {{11.5, -2}, {30.25, 4}};
  EXPECT_TRUE(contains(render("graphml", g), "<data key=\"x\">11.5</data>")) << render("graphml", g);
  EXPECT_TRUE(contains(render("graphology", g), "\"x\": 30.25"));
  ExportOptions o;
  o.format = "graphml";
  o.min_weight = 2;  // keeps the one edge: the same nodes and links
  Graph kept = filter_graph(g, o);
  EXPECT_TRUE(kept.positions.empty());
  std::string x = wngraph::render(find_exporter("graphml"), kept, o).begin()->second;
  EXPECT_FALSE(contains(x, ">11.5<"));
  EXPECT_TRUE(find_exporter("graphml").writes_positions(o));
  o.positions = false;
  EXPECT_FALSE(find_exporter("graphml").writes_positions(o));
  EXPECT_TRUE(find_exporter("cytoscape").writes_positions(o));
  EXPECT_FALSE(find_exporter("dot").writes_positions(o));
}

TEST(Dot, QuotesEverythingAndUsesSyntheticIds) {
  std::string x = render("dot");
  EXPECT_TRUE(contains(x, "n0 [label=\"Sam \\\"Q\\\" <b>&amp; \\\\ back\\nline Zo\xC3\xAB\"")) << x;
  EXPECT_TRUE(contains(x, "n1 [label=\"node\"")) << x;  // a DOT keyword as a label, quoted
  EXPECT_TRUE(contains(x, "n0 -> n1 [label=\"attended\""));
}

TEST(Dot, ALongStringIsPiecesGraphvizReads) {
  // Graphviz reads quoted strings of at most 16,384 bytes: a label of
  // 30,000 bytes (two-byte letters and escapes) is written as pieces joined
  // by "+", each short, none splitting a letter or an escape.
  std::string label;
  while (label.size() < 30000) label += "Zo\xC3\xAB \"q\" ";
  Graph g = tricky();
  g.g[0].label = label;
  std::string x = render("dot", g);
  size_t from = x.find("n0 [label=\"") + 10, to = x.find(", id=", from);
  std::string value = x.substr(from, to - from);
  std::string joined;
  size_t pieces = 0;
  for (size_t at = 0; at < value.size();) {
    ASSERT_EQ(value[at], '"') << value.substr(at, 40);
    size_t end = at + 1;
    while (value[end] != '"') end += value[end] == '\\' ? 2 : 1;
    std::string piece = value.substr(at + 1, end - at - 1);
    EXPECT_LE(piece.size(), 16384U);
    EXPECT_NE(static_cast<unsigned char>(piece[0]) & 0xC0, 0x80) << "a piece opens inside a letter";
    joined += piece;
    ++pieces;
    at = end + 1;
    if (at < value.size()) {
      ASSERT_EQ(value.substr(at, 7), " +\n    ");
      at += 7;
    }
  }
  EXPECT_GE(pieces, 4U);
  std::string escaped;
  for (char c : label) escaped += c == '"' ? std::string("\\\"") : std::string(1, c);
  EXPECT_EQ(joined, escaped);
  // A short string stays one piece.
  EXPECT_TRUE(contains(render("dot"), "n1 [label=\"node\", id="));
}

TEST(Jsonld, EscapesAndCarriesEvidence) {
  std::string x = render("jsonld");
  EXPECT_TRUE(contains(x, "\"name\": \"Sam \\\"Q\\\" <b>&amp; \\\\ back\\nline Zo\xC3\xAB\"")) << x;
  EXPECT_TRUE(contains(x, "\"oa:exact\": \"He said \\\"hi\\\" & <left>.\""));
  EXPECT_TRUE(contains(x, "\"@type\": \"oa:TextQuoteSelector\""));
  EXPECT_TRUE(contains(x, "\"@vocab\": \"https://schema.org/\""));
  EXPECT_TRUE(contains(x, "\"wn:attended\": ["));
}

TEST(Gexf, DynamicWithWeeklySpellsMerged) {
  Graph g = tricky();
  g.notes = {{"n1", "Week 1", "", "n1", {2020, 1, 6}}};
  g.g[0].notes = {"n1"};
  auto e = g.edges().at(0);
  g.g[e].evidence.push_back({"n2", {2020, 1, 13}, "Again.", {}});  // touches the first week: one spell
  g.g[e].evidence.push_back({"n3", {2020, 3, 2}, "Later.", {}});
  std::string x = render("gexf", g);
  EXPECT_TRUE(contains(x, "<graph mode=\"dynamic\" defaultedgetype=\"directed\" timeformat=\"date\">")) << x;
  EXPECT_TRUE(contains(x, "<spell start=\"2020-01-06\" end=\"2020-01-19\"/>")) << x;
  EXPECT_TRUE(contains(x, "<spell start=\"2020-03-02\" end=\"2020-03-08\"/>"));
  EXPECT_TRUE(contains(x, "label=\"Sam &quot;Q&quot; &lt;b&gt;&amp;amp; \\ back&#10;line Zo\xC3\xAB\""));
  EXPECT_TRUE(contains(x, "<viz:color r=\"230\" g=\"159\" b=\"0\"/>"));  // Person orange
}

TEST(Neo4j, FolderOfCsvsWithAdminHeaders) {
  ExportOptions o;
  auto files = wngraph::render(find_exporter("neo4j"), tricky(), o);
  std::vector<std::string> names;
  for (const auto& [k, v] : files) names.push_back(k);
  EXPECT_EQ(names, (std::vector<std::string>{"README.md", "import.cypher", "nodes_Forum.csv", "nodes_Person.csv",
                                             "rels_ATTENDED.csv"}));
  EXPECT_EQ(files["nodes_Person.csv"],
            "id:ID(Entity),name,aliases:string[],notes:string[],isAuthor:boolean,wngraphExport,:LABEL\n"
            "\"person:a\",\"Sam \"\"Q\"\" <b>&amp; \\ back\nline Zo\xC3\xAB\",\"x, y\",\"\",false,\"ca83f9fb96c8a4f5\","
            "\"Person;Entity\"\n");
  EXPECT_EQ(
      files["rels_ATTENDED.csv"],
      ":START_ID(Entity),:END_ID(Entity),:TYPE,relation,weight:int,symmetric:boolean,firstSeen:date,lastSeen:date,"
      "evidence,rule:string[],wngraphExport\n\"person:a\",\"forum:node\",\"ATTENDED\",\"attended\",2,false,2020-01-06,"
      "2020-01-06,"
      "\"[{\"\"note\"\":\"\"n1\"\",\"\"date\"\":\"\"2020-01-06\"\",\"\"sentence\"\":\"\"He said \\u0022hi\\u0022 & "
      "<left>.\"\"}]\","
      "\"attend.chair-cue;attend.cue\",\"ca83f9fb96c8a4f5\"\n");
  EXPECT_TRUE(contains(files["import.cypher"], "r.rule = CASE WHEN row.`rule:string[]`"));
  // No backslash before a quote anywhere: LOAD CSV's legacy quote escaping
  // would read \" as an escaped quote and end the field early.
  for (const auto& [name, data] : files) EXPECT_FALSE(contains(data, "\\\"")) << name;
  EXPECT_TRUE(contains(files["import.cypher"], "MERGE (a)-[r:ATTENDED]->(b)"));
}

// A weekly reload makes the database equal the export: batches, a type
// change drops the old label, and what carries another fingerprint goes.
TEST(Neo4j, ImportMakesTheDatabaseEqualTheExport) {
  Graph g = tricky();
  auto files = wngraph::render(find_exporter("neo4j"), g, ExportOptions{});
  const std::string& c = files["import.cypher"];
  for (const char* want :
       {"CALL (row) {\n  MERGE (n:Entity {id: row.`id:ID(Entity)`})\n"
        "  REMOVE n:Council:Organisation:Team:Programme:Forum\n  SET n:Person,",
        "    n.wngraphExport = row.wngraphExport\n} IN TRANSACTIONS OF 1000 ROWS;\n",
        "MATCH (:Entity)-[r:MET_WITH|PRESENTED_TO|MEMBER_OF|LEADS|PART_OF|PARTNER_OF|ATTENDED|MENTIONED_WITH]->"
        "(:Entity)\nWHERE r.wngraphExport IS NULL OR r.wngraphExport <> 'ca83f9fb96c8a4f5'\n"
        "CALL (r) {\n  DELETE r\n} IN TRANSACTIONS OF 1000 ROWS;\n",
        "MATCH (n:Entity)\nWHERE n.wngraphExport IS NULL OR n.wngraphExport <> 'ca83f9fb96c8a4f5'\n"
        "CALL (n) {\n  DETACH DELETE n\n} IN TRANSACTIONS OF 1000 ROWS;\n"})
    EXPECT_TRUE(contains(c, want)) << want;
  // The fingerprint follows the content: the same graph gives the same one,
  // another weight another.
  EXPECT_EQ(wngraph::render(find_exporter("neo4j"), g, ExportOptions{})["import.cypher"], c);
  auto e = *boost::edges(g.g).first;
  g.g[e].weight += 1;
  EXPECT_FALSE(
      contains(wngraph::render(find_exporter("neo4j"), g, ExportOptions{})["import.cypher"], "ca83f9fb96c8a4f5"));
}

TEST(Export, FolderFormatNeedsAFolder) {
  ExportOptions o;
  o.format = "neo4j";
  try {
    export_graph(tricky(), o);
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.describe(), "this format writes a folder; name it with -o DIR");
  }
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
