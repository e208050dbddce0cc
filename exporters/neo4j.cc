// Graph -> a folder for Neo4j: one CSV per label and per relationship type in
// neo4j-admin's header format, an import.cypher for LOAD CSV that makes the
// database equal the export (MERGE in batches, then remove what the export no
// longer holds), and a README with both ways.
// Entry point: Neo4jExporter::write(). Tested by tests/export_test.cc and
// tests/readers_check.py (Python's csv; every start and end id resolves).
#include <cstdint>
#include <cstdio>
#include <map>
#include <set>
#include <sstream>

#include "common.h"
#include "registry.h"
#include "wngraph/centrality.h"

namespace wngraph::detail {
namespace {

// One ID space for every node: ids are unique across types ("person:kay-brown").
constexpr const char* kIdSpace = "Entity";

// An array property: items joined by ';' (neo4j-admin's default array
// delimiter), so a ';' inside an item becomes ','.
template <typename Text>
std::string array(const std::vector<Text>& items) {
  std::string out;
  for (size_t i = 0; i < items.size(); ++i) {
    std::string item = static_cast<const std::string&>(items[i]);
    for (auto& c : item)
      if (c == ';') c = ',';
    out += (i ? ";" : "") + item;
  }
  return out;
}

// snake_case -> camelCase (weighted_degree -> weightedDegree).
std::string camel(const std::string& s) {
  std::string out;
  bool up = false;
  for (char c : s) {
    if (c == '_') {
      up = true;
      continue;
    }
    out += up ? static_cast<char>(std::toupper(static_cast<unsigned char>(c))) : c;
    up = false;
  }
  return out;
}

// What this export holds, as 16 hex digits (FNV-1a, 64 bits): every node's
// id, name and type and every relationship's ends, type and weight. Each
// node and relationship carries it as `wngraphExport`; the import removes
// whatever carries another, so the database ends equal to the export.
std::string fingerprint(const Graph& graph) {
  const auto& g = graph.g;
  uint64_t h = 14695981039346656037ULL;
  auto add = [&](const std::string& s) {
    for (unsigned char c : s) h = (h ^ c) * 1099511628211ULL;
    h = (h ^ 0xff) * 1099511628211ULL;  // a separator no UTF-8 text holds
  };
  for (auto v : boost::make_iterator_range(boost::vertices(g))) {
    add(g[v].id);
    add(g[v].label);
    add(type_name(g[v].type));
  }
  for (const auto& e : graph.edges()) {
    add(g[boost::source(e, g)].id);
    add(g[boost::target(e, g)].id);
    add(relation_name(g[e].relation));
    add(std::to_string(g[e].weight));
  }
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(h));
  return buf;
}

// Rows per transaction of the import's batches.
constexpr int kBatch = 1000;

class Neo4jExporter : public Exporter {
 public:
  const char* name() const override { return "neo4j"; }
  const char* description() const override { return "a folder of CSVs for neo4j-admin import and LOAD CSV"; }
  bool writes_folder() const override { return true; }

  void write(const Graph& graph, const ExportOptions&, Sink& sink) const override {
    const auto& g = graph.g;
    std::vector<std::string> metrics = computed_metrics(graph);

    // Nodes, one file per label.
    std::set<std::string> labels;
    for (auto v : boost::make_iterator_range(boost::vertices(g))) labels.insert(type_name(g[v].type));
    const std::string stamp = fingerprint(graph);
    std::string node_header =
        std::string("id:ID(") + kIdSpace + "),name,aliases:string[],notes:string[],isAuthor:boolean";
    for (const auto& m : metrics) node_header += "," + camel(m) + (integer_metric(m) ? ":int" : ":double");
    node_header += ",wngraphExport,:LABEL\n";
    for (const auto& label : labels) {
      std::ostream& out = sink.open("nodes_" + label + ".csv");
      out << node_header;
      for (auto v : boost::make_iterator_range(boost::vertices(g))) {
        const auto& p = g[v];
        if (label != type_name(p.type)) continue;
        out << csv_field(p.id) << ',' << csv_field(p.label) << ',' << csv_field(array(p.aliases)) << ','
            << csv_field(array(p.notes)) << ',' << (p.author ? "true" : "false");
        for (const auto& m : metrics) out << ',' << metric_text(p, m);
        out << ',' << csv_field(stamp) << ',' << csv_field(label + ";Entity") << '\n';
      }
    }

    // Relationships, one file per type.
    std::set<Relation> types;
    for (auto e : boost::make_iterator_range(boost::edges(g))) types.insert(g[e].relation);
    std::string rel_header =
        std::string(":START_ID(") + kIdSpace + "),:END_ID(" + kIdSpace +
        "),:TYPE,relation,weight:int,symmetric:boolean,firstSeen:date,lastSeen:date,evidence,rule:string[],"
        "wngraphExport\n";
    for (Relation r : types) {
      std::ostream& out = sink.open("rels_" + upper_relation(r) + ".csv");
      out << rel_header;
      for (const auto& e : graph.edges()) {
        const auto& p = g[e];
        if (p.relation != r) continue;
        // Dates only when complete: neo4j's date type has no partial dates.
        auto date = [](const Date& d) { return d.complete() ? d.iso() : std::string(); };
        out << csv_field(g[boost::source(e, g)].id) << ',' << csv_field(g[boost::target(e, g)].id) << ','
            << csv_field(upper_relation(r)) << ',' << csv_field(relation_name(r)) << ',' << p.weight << ','
            << (is_symmetric(r) ? "true" : "false") << ',' << date(p.first_seen) << ',' << date(p.last_seen) << ','
            << csv_field(evidence_json(p)) << ',' << csv_field(array(edge_rules(p))) << ',' << csv_field(stamp) << '\n';
      }
    }

    sink.open("import.cypher") << cypher(labels, types, metrics, stamp);
    sink.open("README.md") << readme(labels, types);
  }

 private:
  static std::string cypher(const std::set<std::string>& labels, const std::set<Relation>& types,
                            const std::vector<std::string>& metrics, const std::string& stamp) {
    std::ostringstream c;
    c << "// wngraph: load this folder with LOAD CSV. Copy the folder into Neo4j's import\n"
         "// directory as 'wngraph', then: cypher-shell -f import.cypher\n"
         "// It makes the database's wngraph part equal this export: nodes and relationships\n"
         "// are MERGEd on their ids in batches of "
      << kBatch
      << " rows, each marked with this export's\n"
         "// fingerprint (wngraphExport = '"
      << stamp
      << "'); then every :Entity node and every\n"
         "// wngraph relationship that carries another is removed. Run it again with next\n"
         "// week's export: the database follows. Needs Neo4j 5.23 or later (CALL (row) {...})\n"
         "// and auto-commit transactions (cypher-shell's default; prefix each statement\n"
         "// with :auto in Neo4j Browser).\n\n";
    c << "CREATE CONSTRAINT wngraph_entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;\n";
    for (const auto& l : labels)
      c << "CREATE CONSTRAINT wngraph_" << l << "_id IF NOT EXISTS FOR (n:" << l << ") REQUIRE n.id IS UNIQUE;\n";
    auto list = [](const std::string& col) {
      return "CASE WHEN row.`" + col + "` IS NULL OR row.`" + col + "` = '' THEN [] ELSE split(row.`" + col +
             "`, ';') END";
    };
    const std::string batch = "} IN TRANSACTIONS OF " + std::to_string(kBatch) + " ROWS;\n";
    for (const auto& l : labels) {
      // A node whose type changed since the last load loses its old label.
      std::string others;
      for (EntityType t : kEntityTypes)
        if (type_name(t) != l) others += std::string(":") + type_name(t);
      c << "\nLOAD CSV WITH HEADERS FROM 'file:///wngraph/nodes_" << l << ".csv' AS row\n"
        << "CALL (row) {\n"
        << "  MERGE (n:Entity {id: row.`id:ID(" << kIdSpace << ")`})\n"
        << "  REMOVE n" << others << "\n"
        << "  SET n:" << l << ", n.name = row.name, n.aliases = " << list("aliases:string[]")
        << ", n.notes = " << list("notes:string[]") << ", n.isAuthor = row.`isAuthor:boolean` = 'true'";
      for (const auto& m : metrics) {
        std::string col = camel(m) + (integer_metric(m) ? ":int" : ":double");
        c << ",\n    n." << camel(m) << " = " << (integer_metric(m) ? "toInteger" : "toFloat") << "(row.`" << col
          << "`)";
      }
      c << ",\n    n.wngraphExport = row.wngraphExport\n" << batch;
    }
    for (Relation r : types) {
      std::string t = upper_relation(r);
      c << "\nLOAD CSV WITH HEADERS FROM 'file:///wngraph/rels_" << t << ".csv' AS row\n"
        << "CALL (row) {\n"
        << "  MATCH (a:Entity {id: row.`:START_ID(" << kIdSpace << ")`})\n"
        << "  MATCH (b:Entity {id: row.`:END_ID(" << kIdSpace << ")`})\n"
        << "  MERGE (a)-[r:" << t << "]->(b)\n"
        << "  SET r.relation = row.relation, r.weight = toInteger(row.`weight:int`),\n"
        << "    r.symmetric = row.`symmetric:boolean` = 'true',\n"
        << "    r.firstSeen = CASE WHEN row.`firstSeen:date` IS NULL OR row.`firstSeen:date` = '' THEN null ELSE "
           "date(row.`firstSeen:date`) END,\n"
        << "    r.lastSeen = CASE WHEN row.`lastSeen:date` IS NULL OR row.`lastSeen:date` = '' THEN null ELSE "
           "date(row.`lastSeen:date`) END,\n"
        << "    r.evidence = row.evidence, r.rule = " << list("rule:string[]") << ",\n"
        << "    r.wngraphExport = row.wngraphExport\n"
        << batch;
    }
    // What the export no longer holds: relationships of every wngraph type
    // (also types this export has none of), then nodes.
    std::string all_types;
    for (Relation r : kRelations) all_types += (all_types.empty() ? "" : "|") + upper_relation(r);
    c << "\n// Remove what this export no longer holds.\n"
      << "MATCH (:Entity)-[r:" << all_types << "]->(:Entity)\n"
      << "WHERE r.wngraphExport IS NULL OR r.wngraphExport <> '" << stamp << "'\n"
      << "CALL (r) {\n  DELETE r\n"
      << batch << "\nMATCH (n:Entity)\nWHERE n.wngraphExport IS NULL OR n.wngraphExport <> '" << stamp << "'\n"
      << "CALL (n) {\n  DETACH DELETE n\n"
      << batch;
    return c.str();
  }

  static std::string readme(const std::set<std::string>& labels, const std::set<Relation>& types) {
    std::ostringstream r;
    r << "# A wngraph graph for Neo4j\n\n"
         "Nodes: one CSV per label (`nodes_<Label>.csv`), every node also labelled `Entity`;\n"
         "ids are shared across labels (`person:kay-brown`). Relationships: one CSV per type\n"
         "(`rels_<TYPE>.csv`). Arrays are `;`-separated; `evidence` is a JSON list of\n"
         "`{note, date, sentence}` (`apoc.convert.fromJsonList(r.evidence)`). Dates are\n"
         "empty where a note's year is unknown. `met_with` and `partner_of` are symmetric\n"
         "(`symmetric = true`): query them without direction, `(a)-[:MET_WITH]-(b)`.\n\n"
         "## 1. Into a new database: neo4j-admin (fastest)\n\n"
         "Stop the database, then from this folder (Neo4j 5):\n\n"
         "```sh\nneo4j-admin database import full neo4j --overwrite-destination \\\n";
    for (const auto& l : labels) r << "  --nodes=nodes_" << l << ".csv \\\n";
    for (Relation t : types) r << "  --relationships=rels_" << upper_relation(t) << ".csv \\\n";
    r << "  --array-delimiter=';'\n```\n\n"
         "## 2. Into a running database, again every week: LOAD CSV\n\n"
         "Copy this folder into Neo4j's `import` directory as `wngraph/`, then\n\n"
         "```sh\ncypher-shell -u neo4j -p PASSWORD -f wngraph/import.cypher\n```\n\n"
         "It creates uniqueness constraints, MERGEs every node and relationship by id in\n"
         "batches (`CALL (row) { } IN TRANSACTIONS`, Neo4j 5.23+), then removes every `:Entity` node and\n"
         "wngraph relationship the export no longer holds (each carries the export's\n"
         "fingerprint, `wngraphExport`): loading next week's export makes the database\n"
         "equal to it, with weights, dates, evidence and types updated in place.\n\n"
         "## Try\n\n"
         "```cypher\nMATCH (p:Person)-[r:MET_WITH]-(q:Person) RETURN p.name, q.name, r.weight ORDER BY r.weight DESC "
         "LIMIT 10;\n"
         "MATCH (p:Person) RETURN p.name, p.betweenness ORDER BY p.betweenness DESC LIMIT 10;\n```\n";
    return r.str();
  }
};

}  // namespace

std::unique_ptr<Exporter> make_neo4j_exporter() {
  return std::make_unique<Neo4jExporter>();
}

}  // namespace wngraph::detail
