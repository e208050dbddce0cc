// Graph -> GEXF 1.3 in dynamic mode for Gephi's timeline: every node and edge
// carries spells, one per week of a note that mentions it (the note's date
// and the six days after), so the timeline plays the network growing week by
// week; types, relations and every figure as attributes; viz size by
// PageRank, colour by type or community.
// Entry point: GexfExporter::write(). Tested by tests/export_test.cc and
// tests/readers_check.py (NetworkX read_gexf).
#include <cmath>
#include <map>
#include <set>

#include "common.h"
#include "registry.h"
#include "wngraph/centrality.h"
#include "wngraph/error.h"
#include "xml_util.h"

namespace wngraph::detail {
namespace {

// Weekly spells [date, date + 6] for complete dates, merged where they touch.
std::vector<std::pair<Date, Date>> spells(const std::set<Date>& dates) {
  std::vector<std::pair<Date, Date>> out;
  for (const Date& d : dates) {
    if (!d.complete()) continue;
    Date end = d.plus_days(6);
    if (!out.empty() && !(out.back().second.plus_days(1) < d)) {
      if (out.back().second < end) out.back().second = end;
    } else {
      out.push_back({d, end});
    }
  }
  return out;
}

void rgb(const char* hex, XmlWriter& x) {
  unsigned r = 0, g = 0, b = 0;
  std::sscanf(hex, "#%02x%02x%02x", &r, &g, &b);
  x.attr("r", std::to_string(r));
  x.attr("g", std::to_string(g));
  x.attr("b", std::to_string(b));
}

class GexfExporter : public Exporter {
 public:
  const char* name() const override { return "gexf"; }
  bool writes_positions(const ExportOptions& o) const override { return o.positions; }
  const char* description() const override { return "GEXF 1.2draft (or 1.3), dynamic: Gephi with its timeline"; }
  void write(const Graph& graph, const ExportOptions& o, Sink& sink) const override {
    const auto& g = graph.g;
    std::vector<Position> at = o.positions ? node_positions(graph) : std::vector<Position>{};
    std::map<std::string, Date> note_date;
    for (const auto& n : graph.notes) note_date[n.id] = n.date;
    std::vector<std::string> metrics = computed_metrics(graph);
    const bool changes = has_changes(graph);  // wngraph diff's output

    const bool v13 = o.gexf_version == "1.3";
    if (!v13 && o.gexf_version != "1.2draft") throw unknown_name("GEXF version", o.gexf_version, {"1.2draft", "1.3"});
    XmlWriter x;
    x.start("gexf");
    if (v13) {
      x.attr("xmlns", "http://gexf.net/1.3");
      x.attr("xmlns:viz", "http://gexf.net/1.3/viz");
      x.attr("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance");
      x.attr("xsi:schemaLocation", "http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd");
      x.attr("version", "1.3");
    } else {
      x.attr("xmlns", "http://www.gexf.net/1.2draft");
      x.attr("xmlns:viz", "http://www.gexf.net/1.2draft/viz");
      x.attr("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance");
      x.attr("xsi:schemaLocation", "http://www.gexf.net/1.2draft http://www.gexf.net/1.2draft/gexf.xsd");
      x.attr("version", "1.2");
    }
    x.start("meta");
    x.start("creator");
    x.text("wngraph");
    x.end();
    x.start("description");
    x.text("Weeknotes knowledge graph: " + std::to_string(boost::num_vertices(g)) + " nodes, " +
           std::to_string(boost::num_edges(g)) + " edges");
    x.end();
    x.end();
    x.start("graph");
    x.attr("mode", "dynamic");
    x.attr("defaultedgetype", "directed");
    x.attr("timeformat", "date");
    auto attribute = [&](const std::string& id, const char* type) {
      x.start("attribute");
      x.attr("id", id);
      x.attr("title", id);
      x.attr("type", type);
      x.end();
    };
    x.start("attributes");
    x.attr("class", "node");
    x.attr("mode", "static");
    attribute("type", "string");
    attribute("aliases", "string");
    attribute("notes", "string");
    attribute("author", "boolean");
    for (const auto& m : metrics) attribute(m, integer_metric(m) ? "integer" : "double");
    if (changes) attribute("change", "string");
    x.end();
    x.start("attributes");
    x.attr("class", "edge");
    x.attr("mode", "static");
    attribute("relation", "string");
    // Every edge is directed, as in GraphML (NetworkX reads no mixed graphs);
    // met_with and partner_of are marked symmetric.
    attribute("symmetric", "boolean");
    // Dates: typed as dates in 1.3, which has the type (a partial date, with
    // no year, goes to *_partial); ISO strings in 1.2draft, which has not.
    attribute("first_seen", v13 ? "date" : "string");
    attribute("last_seen", v13 ? "date" : "string");
    if (v13) {
      attribute("first_seen_partial", "string");
      attribute("last_seen_partial", "string");
    }
    // The parts of each date as numbers, written where known, so a client
    // filters by year or month even when a note gave no year.
    for (const char* d : {"first_seen", "last_seen"})
      for (const char* part : {"_year", "_month", "_day"}) attribute(std::string(d) + part, "integer");
    attribute("evidence", "string");
    attribute("rule", "string");
    if (changes) attribute("change", "string");
    x.end();
    auto value = [&](const std::string& k, const std::string& v) {
      x.start("attvalue");
      x.attr("for", k);
      x.attr("value", v);
      x.end();
    };
    auto write_spells = [&](const std::vector<std::pair<Date, Date>>& sp) {
      if (sp.empty()) return;  // no dated note: present all along
      x.start("spells");
      for (const auto& [a, b] : sp) {
        x.start("spell");
        x.attr("start", a.iso());
        x.attr("end", b.iso());
        x.end();
      }
      x.end();
    };

    std::ostream& out = sink.open();
    x.start("nodes");
    for (auto v : boost::make_iterator_range(boost::vertices(g))) {
      const auto& p = g[v];
      x.start("node");
      x.attr("id", p.id);
      x.attr("label", p.label);
      x.start("attvalues");
      value("type", type_name(p.type));
      value("aliases", list_text(p.aliases));
      value("notes", list_text(p.notes));
      value("author", p.author ? "true" : "false");
      for (const auto& m : metrics) value(m, metric_text(p, m));
      if (changes) value("change", p.change);
      x.end();
      std::set<Date> dates;
      for (const auto& n : p.notes)
        if (auto it = note_date.find(n); it != note_date.end()) dates.insert(it->second);
      write_spells(spells(dates));
      auto pr = p.metrics.find("pagerank");
      x.start("viz:size");
      x.attr("value",
             number(round2(5 + (pr == p.metrics.end() ? 0 : 40 * std::sqrt(pr->second * boost::num_vertices(g))))));
      x.end();
      x.start("viz:color");
      auto c = p.metrics.find("community");
      rgb(o.colour_by == "community" && c != p.metrics.end() ? community_colour(static_cast<size_t>(c->second))
                                                             : type_colour(p.type),
          x);
      x.end();
      if (!at.empty()) {
        x.start("viz:position");
        x.attr("x", number(at[v].x));
        x.attr("y", number(at[v].y));
        x.attr("z", "0");
        x.end();
      }
      x.end();
      if (v % 1024 == 1023) x.drain(out);
    }
    x.end();
    x.start("edges");
    size_t written = 0;
    for (const auto& e : graph.edges()) {
      const auto& p = g[e];
      x.start("edge");
      x.attr("id", p.id);
      x.attr("source", g[boost::source(e, g)].id);
      x.attr("target", g[boost::target(e, g)].id);
      x.attr("label", upper_relation(p.relation));
      x.attr("weight", std::to_string(p.weight));
      x.start("attvalues");
      value("relation", relation_name(p.relation));
      value("symmetric", is_symmetric(p.relation) ? "true" : "false");
      for (const auto& [key, d] : {std::pair<std::string, const Date*>{"first_seen", &p.first_seen},
                                   std::pair<std::string, const Date*>{"last_seen", &p.last_seen}}) {
        if (!v13)
          value(key, d->iso());
        else if (d->complete())
          value(key, d->iso());
        else if (!d->empty())
          value(key + "_partial", d->iso());
        if (d->year) value(key + "_year", std::to_string(d->year));
        if (d->month) value(key + "_month", std::to_string(d->month));
        if (d->day) value(key + "_day", std::to_string(d->day));
      }
      value("evidence", evidence_text(p));
      value("rule", list_text(edge_rules(p)));
      if (changes) value("change", p.change);
      x.end();
      std::set<Date> dates;
      for (const auto& ev : p.evidence) dates.insert(ev.date);
      write_spells(spells(dates));
      x.end();
      if (++written % 1024 == 0) x.drain(out);
    }
    x.end();
    x.end();  // graph
    x.end();  // gexf
    out << x.finish();
  }
};

}  // namespace

std::unique_ptr<Exporter> make_gexf_exporter() {
  return std::make_unique<GexfExporter>();
}

}  // namespace wngraph::detail
