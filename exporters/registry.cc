// Format name -> Exporter, filtering, and atomic writing of the result.
// Entry point: export_graph(). Tested by tests/export_test.cc.
#include "registry.h"

#include "output.h"

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <random>
#include <sstream>

#include "wngraph/error.h"

namespace wngraph {

const std::vector<const Exporter*>& exporters() {
  static const std::vector<std::unique_ptr<Exporter>> owned = [] {
    std::vector<std::unique_ptr<Exporter>> v;
    v.push_back(detail::make_dot_exporter());
    v.push_back(detail::make_graphml_exporter());
    v.push_back(detail::make_jsonld_exporter());
    v.push_back(detail::make_nquads_exporter());
    v.push_back(detail::make_turtle_exporter());
    v.push_back(detail::make_gexf_exporter());
    v.push_back(detail::make_neo4j_exporter());
    v.push_back(detail::make_csv_exporter());
    v.push_back(detail::make_graphology_exporter());
    v.push_back(detail::make_cytoscape_exporter());
    std::sort(v.begin(), v.end(), [](const auto& a, const auto& b) { return std::string(a->name()) < b->name(); });
    return v;
  }();
  static const std::vector<const Exporter*> view = [] {
    std::vector<const Exporter*> v;
    for (const auto& e : owned) v.push_back(e.get());
    return v;
  }();
  return view;
}

std::vector<std::string> exporter_names() {
  std::vector<std::string> names;
  for (const auto* e : exporters()) names.push_back(e->name());
  return names;
}

const Exporter& find_exporter(const std::string& name) {
  for (const auto* e : exporters())
    if (name == e->name()) return *e;
  throw unknown_name("format", name, exporter_names());
}

Graph filter_graph(const Graph& graph, const ExportOptions& o) {
  if (o.relations.empty() && o.min_weight <= 1) return graph;
  Graph out;
  out.note_count = graph.note_count;
  const auto& g = graph.g;
  for (auto v : boost::make_iterator_range(boost::vertices(g))) boost::add_vertex(g[v], out.g);
  size_t n = 0;
  for (const auto& e : graph.edges()) {
    const auto& p = g[e];
    if (p.weight < o.min_weight) continue;
    if (!o.relations.empty() && std::find(o.relations.begin(), o.relations.end(), p.relation) == o.relations.end())
      continue;
    EdgeProps q = p;
    q.id = "e" + std::to_string(n++);
    boost::add_edge(boost::source(e, g), boost::target(e, g), q, out.g);
  }
  return out;
}

namespace {
// Every file of a single-file format goes to one stream.
class StreamSink : public Sink {
 public:
  explicit StreamSink(std::ostream& out) : out_(out) {}
  std::ostream& open(const std::string&) override { return out_; }

 private:
  std::ostream& out_;
};

class MemorySink : public Sink {
 public:
  std::ostream& open(const std::string& name) override { return files_[name]; }
  std::map<std::string, std::string> take() {
    std::map<std::string, std::string> out;
    for (auto& [k, v] : files_) out[k] = v.str();
    return out;
  }

 private:
  std::map<std::string, std::ostringstream> files_;
};
}  // namespace

std::map<std::string, std::string> render(const Exporter& exporter, const Graph& graph, const ExportOptions& options) {
  MemorySink sink;
  exporter.write(graph, options, sink);
  return sink.take();
}

void check_export_options(const ExportOptions& options) {
  find_exporter(options.format);
  if (options.colour_by != "type" && options.colour_by != "community")
    throw unknown_name("colouring", options.colour_by, {"type", "community"});
  if (options.gexf_version != "1.2draft" && options.gexf_version != "1.3")
    throw unknown_name("GEXF version", options.gexf_version, {"1.2draft", "1.3"});
}

void export_graph(const Graph& graph, const ExportOptions& options) {
  check_export_options(options);
  const Exporter& exporter = find_exporter(options.format);
  // Filtered into a copy only when a filter applies: a copy of a big graph
  // is a lot of memory.
  Graph filtered;
  bool filters = !options.relations.empty() || options.min_weight > 1;
  if (filters) filtered = filter_graph(graph, options);
  const Graph& out = filters ? filtered : graph;
  if (exporter.writes_folder()) {
    // Rendered in memory, then swapped in whole.
    detail::write_folder(options.output, render(exporter, out, options));
    return;
  }
  // Written as it is made, into a temporary file renamed at the end: a
  // failure leaves no output behind, and the document is never whole in memory.
  detail::write_output(options.output, [&](std::ostream& stream) {
    StreamSink sink(stream);
    exporter.write(out, options, sink);
  });
}

}  // namespace wngraph
