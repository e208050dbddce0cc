// Graph -> the JSON of the JavaScript graph world, with positions from the
// stakeholder map's layout:
//   graphology: graphology's serialised graph (Graph.from / graph.import),
//     which sigma.js draws and Gephi Lite opens: nodes with x, y, size, color
//     and the entity type as `entity_type` (sigma reserves `type`);
//   cytoscape: Cytoscape.js elements (cy.json / cytoscape({elements})), with
//     positions and classes by entity type and relation.
// Entry points: make_graphology_exporter(), make_cytoscape_exporter().
// Tested by tests/export_test.cc (JsGraphs) and tests/js/check.js (graphology
// and Cytoscape.js loading the files).
#include <rapidjson/prettywriter.h>
#include <rapidjson/stringbuffer.h>

#include <cmath>

#include "common.h"
#include "registry.h"

namespace wngraph::detail {
namespace {

using Writer = rapidjson::PrettyWriter<rapidjson::StringBuffer>;

void key(Writer& w, const std::string& k) {
  w.Key(k.c_str(), static_cast<rapidjson::SizeType>(k.size()));
}
void str(Writer& w, const std::string& k, const std::string& v) {
  key(w, k);
  w.String(v.c_str(), static_cast<rapidjson::SizeType>(v.size()));
}
void num(Writer& w, const std::string& k, double v) {
  key(w, k);
  if (std::isfinite(v))
    w.Double(v);
  else
    w.Double(0);
}

double node_size(const NodeProps& p, size_t n) {
  auto pr = p.metrics.find("pagerank");
  return round2(3 + (pr == p.metrics.end() ? 0 : 12 * std::sqrt(pr->second * static_cast<double>(n))));
}

std::string node_colour(const NodeProps& p, const ExportOptions& o) {
  auto c = p.metrics.find("community");
  if (o.colour_by == "community" && c != p.metrics.end()) return community_colour(static_cast<size_t>(c->second));
  return type_colour(p.type);
}

// The attributes both formats carry for a node and an edge.
void node_fields(Writer& w, const NodeProps& p) {
  str(w, "label", p.label);
  str(w, "entity_type", type_name(p.type));
  str(w, "aliases", list_text(p.aliases));
  str(w, "notes", list_text(p.notes));
  key(w, "author");
  w.Bool(p.author);
  for (const auto& [m, v] : p.metrics) num(w, m, v);
}

void edge_fields(Writer& w, const EdgeProps& p) {
  str(w, "relation", relation_name(p.relation));
  key(w, "weight");
  w.Int(p.weight);
  key(w, "symmetric");
  w.Bool(is_symmetric(p.relation));
  if (!p.first_seen.empty()) str(w, "first_seen", p.first_seen.iso());
  if (!p.last_seen.empty()) str(w, "last_seen", p.last_seen.iso());
  str(w, "evidence", evidence_text(p));
  str(w, "rule", list_text(edge_rules(p)));
}

// Both formats: the map's layout, one JSON document, written whole.
class JsGraphExporter : public Exporter {
 public:
  bool writes_positions(const ExportOptions& /*options*/) const override { return true; }
  void write(const Graph& graph, const ExportOptions& o, Sink& sink) const override {
    // Always: sigma.js and Cytoscape.js draw nothing without positions.
    std::vector<Position> layout = node_positions(graph);
    rapidjson::StringBuffer buf;
    Writer w(buf);
    w.SetIndent(' ', 1);
    w.StartObject();
    body(w, graph, layout, o);
    w.EndObject();
    sink.open() << buf.GetString() << "\n";
  }

 protected:
  virtual void body(Writer& w, const Graph& graph, const std::vector<Position>& layout,
                    const ExportOptions& o) const = 0;
};

class GraphologyExporter : public JsGraphExporter {
 public:
  const char* name() const override { return "graphology"; }
  const char* description() const override { return "graphology JSON: sigma.js and Gephi Lite, with positions"; }

 protected:
  void body(Writer& w, const Graph& graph, const std::vector<Position>& layout, const ExportOptions& o) const override {
    const auto& g = graph.g;
    key(w, "attributes");
    w.StartObject();
    str(w, "name", "wngraph");
    w.EndObject();
    key(w, "options");
    w.StartObject();
    str(w, "type", "mixed");  // met_with and partner_of are undirected
    key(w, "multi");
    w.Bool(true);  // two relations may join the same pair
    key(w, "allowSelfLoops");
    w.Bool(false);
    w.EndObject();
    key(w, "nodes");
    w.StartArray();
    for (auto v : boost::make_iterator_range(boost::vertices(g))) {
      const auto& p = g[v];
      w.StartObject();
      str(w, "key", p.id);
      key(w, "attributes");
      w.StartObject();
      num(w, "x", layout[v].x);
      num(w, "y", layout[v].y);
      num(w, "size", node_size(p, boost::num_vertices(g)));
      str(w, "color", node_colour(p, o));
      node_fields(w, p);
      w.EndObject();
      w.EndObject();
    }
    w.EndArray();
    key(w, "edges");
    w.StartArray();
    for (const auto& e : graph.edges()) {
      const auto& p = g[e];
      w.StartObject();
      str(w, "key", p.id);
      str(w, "source", g[boost::source(e, g)].id);
      str(w, "target", g[boost::target(e, g)].id);
      key(w, "undirected");
      w.Bool(is_symmetric(p.relation));
      key(w, "attributes");
      w.StartObject();
      str(w, "label", upper_relation(p.relation));
      num(w, "size", std::min(1.0 + std::log2(static_cast<double>(p.weight)), 6.0));
      edge_fields(w, p);
      w.EndObject();
      w.EndObject();
    }
    w.EndArray();
  }
};

class CytoscapeExporter : public JsGraphExporter {
 public:
  const char* name() const override { return "cytoscape"; }
  const char* description() const override { return "Cytoscape.js elements JSON, with positions and classes"; }

 protected:
  void body(Writer& w, const Graph& graph, const std::vector<Position>& layout, const ExportOptions& o) const override {
    const auto& g = graph.g;
    key(w, "elements");
    w.StartObject();
    key(w, "nodes");
    w.StartArray();
    for (auto v : boost::make_iterator_range(boost::vertices(g))) {
      const auto& p = g[v];
      w.StartObject();
      key(w, "data");
      w.StartObject();
      str(w, "id", p.id);
      num(w, "size", node_size(p, boost::num_vertices(g)));
      str(w, "color", node_colour(p, o));
      node_fields(w, p);
      w.EndObject();
      key(w, "position");
      w.StartObject();
      num(w, "x", layout[v].x);
      num(w, "y", layout[v].y);
      w.EndObject();
      str(w, "classes", type_name(p.type));
      w.EndObject();
    }
    w.EndArray();
    key(w, "edges");
    w.StartArray();
    for (const auto& e : graph.edges()) {
      const auto& p = g[e];
      w.StartObject();
      key(w, "data");
      w.StartObject();
      str(w, "id", p.id);
      str(w, "source", g[boost::source(e, g)].id);
      str(w, "target", g[boost::target(e, g)].id);
      str(w, "label", upper_relation(p.relation));
      edge_fields(w, p);
      w.EndObject();
      str(w, "classes", relation_name(p.relation) + std::string(is_symmetric(p.relation) ? " symmetric" : ""));
      w.EndObject();
    }
    w.EndArray();
    w.EndObject();
  }
};

}  // namespace

std::unique_ptr<Exporter> make_graphology_exporter() {
  return std::make_unique<GraphologyExporter>();
}
std::unique_ptr<Exporter> make_cytoscape_exporter() {
  return std::make_unique<CytoscapeExporter>();
}

}  // namespace wngraph::detail
