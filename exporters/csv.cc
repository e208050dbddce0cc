// Graph -> a folder of plain property-graph CSVs: nodes.csv and edges.csv
// with plain headers (no neo4j-admin suffixes), for Kuzu, DuckDB, pandas and
// other property-graph stores; kuzu.cypher creates the tables and copies the
// files in; README.md says how. Entry point: CsvExporter::write(). Tested by
// tests/export_test.cc and tests/js/check.js (Kuzu loads the folder and
// answers "who met whom" by Cypher).
#include <sstream>

#include "common.h"
#include "registry.h"
#include "wngraph/centrality.h"

namespace wngraph::detail {
namespace {

// A complete date for a DATE column; partial dates go to *_partial.
std::string full_date(const Date& d) {
  return d.complete() ? d.iso() : std::string();
}
std::string partial_date(const Date& d) {
  return d.complete() ? std::string() : d.iso();
}

class CsvExporter : public Exporter {
 public:
  const char* name() const override { return "csv"; }
  const char* description() const override { return "a folder of plain nodes.csv and edges.csv (Kuzu, DuckDB...)"; }
  bool writes_folder() const override { return true; }

  void write(const Graph& graph, const ExportOptions&, Sink& sink) const override {
    const auto& g = graph.g;
    std::vector<std::string> metrics = computed_metrics(graph);

    std::ostream& nodes = sink.open("nodes.csv");
    nodes << "id,name,type,aliases,notes,is_author";
    for (const auto& m : metrics) nodes << ',' << m;
    nodes << '\n';
    for (auto v : boost::make_iterator_range(boost::vertices(g))) {
      const auto& p = g[v];
      nodes << csv_field(p.id) << ',' << csv_field(p.label) << ',' << csv_field(type_name(p.type)) << ','
            << csv_field(list_text(p.aliases)) << ',' << csv_field(list_text(p.notes)) << ','
            << (p.author ? "true" : "false");
      for (const auto& m : metrics) nodes << ',' << metric_text(p, m);
      nodes << '\n';
    }

    std::ostream& edges = sink.open("edges.csv");
    edges << "source,target,relation,weight,symmetric,first_seen,last_seen,first_seen_partial,last_seen_partial,"
             "evidence,rule\n";
    for (const auto& e : graph.edges()) {
      const auto& p = g[e];
      edges << csv_field(g[boost::source(e, g)].id) << ',' << csv_field(g[boost::target(e, g)].id) << ','
            << csv_field(relation_name(p.relation)) << ',' << p.weight << ','
            << (is_symmetric(p.relation) ? "true" : "false") << ',' << full_date(p.first_seen) << ','
            << full_date(p.last_seen) << ',' << csv_field(partial_date(p.first_seen)) << ','
            << csv_field(partial_date(p.last_seen)) << ',' << csv_field(evidence_json(p)) << ','
            << csv_field(list_text(edge_rules(p))) << '\n';
    }

    sink.open("kuzu.cypher") << kuzu(metrics);
    sink.open("README.md") << readme();
  }

 private:
  static std::string kuzu(const std::vector<std::string>& metrics) {
    std::ostringstream c;
    c << "// wngraph: the folder into Kuzu. From this folder: kuzu DB < kuzu.cypher\n"
         "CREATE NODE TABLE Entity(id STRING, name STRING, type STRING, aliases STRING, notes STRING, "
         "is_author BOOLEAN";
    for (const auto& m : metrics) c << ", " << m << (integer_metric(m) ? " INT64" : " DOUBLE");
    c << ", PRIMARY KEY(id));\n"
         "CREATE REL TABLE Relation(FROM Entity TO Entity, relation STRING, weight INT64, symmetric BOOLEAN, "
         "first_seen DATE, last_seen DATE, first_seen_partial STRING, last_seen_partial STRING, evidence STRING, "
         "rule STRING);\n"
         "COPY Entity FROM 'nodes.csv' (header=true);\n"
         "COPY Relation FROM 'edges.csv' (header=true);\n";
    return c.str();
  }

  static std::string readme() {
    return "# A wngraph graph as plain CSV\n\n"
           "`nodes.csv`: `id,name,type,aliases,notes,is_author` and the figures computed\n"
           "(`degree`, `betweenness`, `pagerank`, `community`...). `edges.csv`: `source,target`\n"
           "(node ids), `relation` (`met_with`, `presented_to`...), `weight` (sentences stating\n"
           "it), `symmetric` (`met_with` and `partner_of`: read them without direction),\n"
           "`first_seen`/`last_seen` (dates, empty when the year is unknown, then in\n"
           "`*_partial` as `--03-02`), `evidence` (a JSON list of `{note, date, sentence}`)\n"
           "and `rule`. Every field is quoted as RFC 4180 has it; lists are `; `-separated.\n\n"
           "## Kuzu\n\n"
           "From this folder: `kuzu graph.kuzu < kuzu.cypher` (or run its four statements\n"
           "from any Kuzu client), then\n\n"
           "```cypher\nMATCH (a:Entity)-[r:Relation]->(b:Entity) WHERE r.relation = 'met_with'\n"
           "RETURN a.name, b.name, r.weight ORDER BY r.weight DESC;\n```\n\n"
           "## DuckDB, pandas\n\n"
           "`SELECT * FROM read_csv('edges.csv')`; `pandas.read_csv('nodes.csv')`.\n";
  }
};

}  // namespace

std::unique_ptr<Exporter> make_csv_exporter() {
  return std::make_unique<CsvExporter>();
}

}  // namespace wngraph::detail
