// Graph -> Graphviz DOT: synthetic ASCII ids, quoted escaped labels, shape and
// colour by type, size by centrality, penwidth by weight; ready for sfdp/neato.
// Entry point: DotExporter::write(). Tested by tests/export_test.cc and
// tests/readers_check.py (dot -Tsvg, dot -Tjson).
#include <cmath>
#include <set>

#include "common.h"
#include "registry.h"

namespace wngraph::detail {
namespace {

// Graphviz reads a quoted string of at most 16,384 bytes (its scanner's
// buffer); a longer one is written as pieces joined by DOT's "+", which
// Graphviz reads as one string.
constexpr size_t kDotPiece = 8192;

// A DOT double-quoted string: escapes '"' and '\', newlines as "\n" (the
// escString newline), nothing else needs escaping in UTF-8 DOT. Pieces break
// between characters, never inside an escape or a UTF-8 sequence.
std::string quote(const std::string& s) {
  std::string out = "\"";
  size_t piece = 0;  // where the current piece's text starts in `out`
  for (char c : s) {
    bool continuation = (static_cast<unsigned char>(c) & 0xC0) == 0x80;
    if (!continuation && out.size() - piece >= kDotPiece) {
      out += "\" +\n    \"";
      piece = out.size();
    }
    if (c == '"' || c == '\\') {
      out += '\\';
      out += c;
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\r') {
    } else if (static_cast<unsigned char>(c) < 0x20 && c != '\t') {
      out += ' ';
    } else {
      out += c;
    }
  }
  return out + "\"";
}

const char* shape(EntityType t) {
  switch (t) {
    case EntityType::kPerson:
      return "ellipse";
    case EntityType::kCouncil:
      return "house";
    case EntityType::kOrganisation:
      return "box";
    case EntityType::kTeam:
      return "component";
    case EntityType::kProgramme:
      return "hexagon";
    case EntityType::kForum:
      return "octagon";
  }
  return "ellipse";
}

class DotExporter : public Exporter {
 public:
  const char* name() const override { return "dot"; }
  const char* description() const override { return "Graphviz DOT for dot, sfdp, neato"; }
  // By type, or by community when asked and computed.
  static const char* fill(const NodeProps& p, const ExportOptions& o) {
    auto c = p.metrics.find("community");
    if (o.colour_by == "community" && c != p.metrics.end()) return community_colour(static_cast<size_t>(c->second));
    return type_colour(p.type);
  }

  void write(const Graph& graph, const ExportOptions& o, Sink& sink) const override {
    std::ostream& out = sink.open();
    const auto& g = graph.g;
    out << "digraph wngraph {\n";
    out << "  graph [overlap=prism, splines=true, outputorder=edgesfirst];\n";
    out << "  node [style=filled, fontname=\"Helvetica\", fontsize=10];\n";
    out << "  edge [fontname=\"Helvetica\", fontsize=8, color=\"#00000066\"];\n";
    std::vector<EdgeRef> edges = graph.edges();
    // --edge-labels top N: the N edges with the most mentions keep a label.
    std::set<std::string> labelled;
    if (o.dot_edge_labels < 0) {
      for (const auto& e : edges) labelled.insert(g[e].id);
    } else {
      std::vector<EdgeRef> by_weight = edges;
      std::stable_sort(by_weight.begin(), by_weight.end(),
                       [&](const EdgeRef& a, const EdgeRef& b) { return g[a].weight > g[b].weight; });
      for (size_t i = 0; i < by_weight.size() && i < static_cast<size_t>(o.dot_edge_labels); ++i)
        labelled.insert(g[by_weight[i]].id);
    }
    for (auto v : boost::make_iterator_range(boost::vertices(g))) {
      const auto& p = g[v];
      if (o.dot_drop_isolated && boost::in_degree(v, g) + boost::out_degree(v, g) == 0) continue;
      auto pr = p.metrics.find("pagerank");
      double size = 0.3 + (pr == p.metrics.end() ? 0.0 : std::sqrt(pr->second * boost::num_vertices(g)) * 0.3);
      out << "  n" << v << " [label=" << quote(p.label) << ", id=" << quote(p.id)
          << ", type=" << quote(type_name(p.type)) << ", shape=" << shape(p.type) << ", fillcolor=" << quote(fill(p, o))
          << ", width=" << number(round2(size))
          << ", tooltip=" << quote(type_name(p.type) + std::string(": ") + p.label);
      for (const auto& [k, x] : p.metrics) out << ", " << k << "=" << quote(number(x));
      if (!p.aliases.empty()) out << ", aliases=" << quote(list_text(p.aliases));
      out << ", notes=" << quote(list_text(p.notes)) << "];\n";
    }
    for (const auto& e : edges) {
      const auto& p = g[e];
      out << "  n" << boost::source(e, g) << " -> n" << boost::target(e, g) << " [";
      if (labelled.count(p.id)) out << "label=" << quote(relation_name(p.relation)) << ", ";
      out << "relation=" << quote(relation_name(p.relation)) << ", weight=" << p.weight
          << ", penwidth=" << number(std::min(1.0 + std::log2(static_cast<double>(p.weight)), 6.0))
          << ", tooltip=" << quote(std::to_string(p.weight) + (p.weight == 1 ? " mention" : " mentions"));
      if (is_symmetric(p.relation)) out << ", dir=none";
      if (!p.first_seen.empty()) out << ", first_seen=" << quote(p.first_seen.iso());
      if (!p.last_seen.empty()) out << ", last_seen=" << quote(p.last_seen.iso());
      out << ", evidence=" << quote(evidence_text(p)) << "];\n";
    }
    out << "}\n";
  }
};

}  // namespace

std::unique_ptr<Exporter> make_dot_exporter() {
  return std::make_unique<DotExporter>();
}

}  // namespace wngraph::detail
