// Graph -> GraphML 1.0 via libxml2's xmlTextWriter, valid against the schema
// and readable by Gephi, NetworkX, igraph and Neo4j APOC (keys named, never d0).
// Entry point: GraphmlExporter::write(). Tested by tests/export_test.cc and
// tests/readers_check.py (xmllint, NetworkX, igraph).

#include <memory>

#include "common.h"
#include "registry.h"
#include "wngraph/centrality.h"
#include "wngraph/error.h"
#include "xml_util.h"

namespace wngraph::detail {
namespace {

class GraphmlExporter : public Exporter {
 public:
  const char* name() const override { return "graphml"; }
  bool writes_positions(const ExportOptions& o) const override { return o.positions; }
  const char* description() const override { return "GraphML for Gephi, NetworkX, igraph, Neo4j APOC"; }
  void write(const Graph& graph, const ExportOptions& o, Sink& sink) const override {
    std::ostream& out = sink.open();
    const auto& g = graph.g;
    std::vector<Position> at = o.positions ? node_positions(graph) : std::vector<Position>{};
    std::vector<std::string> metrics = computed_metrics(graph);
    const bool changes = has_changes(graph);  // wngraph diff's output

    XmlWriter w;
    w.start("graphml");
    w.attr("xmlns", "http://graphml.graphdrawing.org/xmlns");
    w.attr("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance");
    w.attr("xsi:schemaLocation",
           "http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd");
    auto key = [&](const std::string& id, const char* for_, const char* type) {
      w.start("key");
      w.attr("id", id);
      w.attr("for", for_);
      w.attr("attr.name", id);
      w.attr("attr.type", type);
      w.end();
    };
    // The node label's key id is "v_label" (attr.name "label", which Gephi
    // reads): Neo4j APOC takes an edge's type from the data whose key id is
    // "label", and key ids are document-wide.
    w.start("key");
    w.attr("id", "v_label");
    w.attr("for", "node");
    w.attr("attr.name", "label");
    w.attr("attr.type", "string");
    w.end();
    key("type", "node", "string");
    key("labels", "node", "string");
    key("aliases", "node", "string");
    key("notes", "node", "string");
    key("author", "node", "boolean");
    for (const auto& m : metrics) key(m, "node", integer_metric(m) ? "int" : "double");
    if (changes) key("change", "node", "string");
    // Positions from the map's layout, as Gephi reads them (x right, y down).
    if (!at.empty()) {
      key("x", "node", "double");
      key("y", "node", "double");
    }
    // Edge keys: ids distinct from node keys (ids are document-wide in GraphML).
    auto ekey = [&](const std::string& id, const char* name, const char* type) {
      w.start("key");
      w.attr("id", id);
      w.attr("for", "edge");
      w.attr("attr.name", name);
      w.attr("attr.type", type);
      w.end();
    };
    ekey("label", "label", "string");
    ekey("relation", "relation", "string");
    ekey("weight", "weight", "double");
    ekey("symmetric", "symmetric", "boolean");
    ekey("first_seen", "first_seen", "string");
    ekey("last_seen", "last_seen", "string");
    ekey("evidence", "evidence", "string");
    ekey("rule", "rule", "string");
    if (changes) ekey("e_change", "change", "string");

    w.start("graph");
    w.attr("id", "wngraph");
    w.attr("edgedefault", "directed");
    auto data = [&](const std::string& k, const std::string& v) {
      w.start("data");
      w.attr("key", k);
      w.text(v);
      w.end();
    };
    for (auto v : boost::make_iterator_range(boost::vertices(g))) {
      const auto& p = g[v];
      w.start("node");
      w.attr("id", p.id);
      data("v_label", p.label);
      data("type", type_name(p.type));
      data("labels", std::string(":") + type_name(p.type));
      data("aliases", list_text(p.aliases));
      data("notes", list_text(p.notes));
      data("author", p.author ? "true" : "false");
      for (const auto& m : metrics) data(m, metric_text(p, m));
      if (changes) data("change", p.change);
      if (!at.empty()) {
        data("x", number(at[v].x));
        data("y", number(at[v].y));
      }
      w.end();
      if (v % 1024 == 1023) w.drain(out);
    }
    size_t written = 0;
    for (const auto& e : graph.edges()) {
      const auto& p = g[e];
      w.start("edge");
      w.attr("id", p.id);
      w.attr("source", g[boost::source(e, g)].id);
      w.attr("target", g[boost::target(e, g)].id);
      data("label", upper_relation(p.relation));  // first: APOC's relationship type
      data("relation", relation_name(p.relation));
      data("weight", std::to_string(p.weight));
      data("symmetric", is_symmetric(p.relation) ? "true" : "false");
      data("first_seen", p.first_seen.iso());
      data("last_seen", p.last_seen.iso());
      data("evidence", evidence_text(p));
      data("rule", list_text(edge_rules(p)));
      if (changes) data("e_change", p.change);
      w.end();
      if (++written % 1024 == 0) w.drain(out);
    }
    w.end();  // graph
    w.end();  // graphml
    out << w.finish();
  }
};

}  // namespace

std::unique_ptr<Exporter> make_graphml_exporter() {
  return std::make_unique<GraphmlExporter>();
}

}  // namespace wngraph::detail
