// Exporters: Graph -> GraphML, DOT, JSON-LD (and more), behind one interface
// and a registry keyed by format name. Output is deterministic and written
// atomically: an error never leaves a half-written file.
#pragma once

#include <map>
#include <memory>
#include <ostream>
#include <string>
#include <vector>

#include "wngraph/graph.h"

namespace wngraph {

struct ExportOptions {
  std::string format = "graphml";
  // File to write, or "-" for standard output.
  std::string output = "-";
  // Keep only these relations (empty = all).
  std::vector<Relation> relations;
  // Drop edges mentioned fewer times than this.
  int min_weight = 1;
  // Prefix of the @id of every node in JSON-LD.
  std::string base_iri = "urn:wngraph:";
  // DOT and GEXF fill colour: "type" or "community".
  std::string colour_by = "type";
  // GEXF version: "1.2draft" (what NetworkX, Gephi and most readers know) or
  // "1.3" (dates typed as dates).
  std::string gexf_version = "1.2draft";
  // DOT on big graphs: label only the N heaviest edges (-1: every edge, 0:
  // none), and leave out nodes without edges.
  int dot_edge_labels = -1;
  bool dot_drop_isolated = false;
  // GraphML and GEXF: node positions (x, y) from the map's layout. The
  // graphology and Cytoscape formats always carry them.
  bool positions = true;
};

// Where an exporter writes: one unnamed stream for single-file formats, or
// named files for a format that writes a folder.
class Sink {
 public:
  virtual ~Sink() = default;
  virtual std::ostream& open(const std::string& name = "") = 0;
};

class Exporter {
 public:
  virtual ~Exporter() = default;
  virtual const char* name() const = 0;         // "graphml"
  virtual const char* description() const = 0;  // one line for --help
  // True for a format that writes a folder of files (-o names the folder).
  virtual bool writes_folder() const { return false; }
  // True when, with these options, it writes the nodes' positions (the
  // pipeline can then lay the graph out alongside the figures).
  virtual bool writes_positions(const ExportOptions& /*options*/) const { return false; }
  // Writes `graph` (already filtered) to `sink`. Throws Error.
  virtual void write(const Graph& graph, const ExportOptions& options, Sink& sink) const = 0;
};

// Renders in memory: file name ("" for a single-file format) -> bytes.
std::map<std::string, std::string> render(const Exporter& exporter, const Graph& graph, const ExportOptions& options);

// Every exporter, sorted by name.
const std::vector<const Exporter*>& exporters();
std::vector<std::string> exporter_names();
// Throws Error "unknown format 'x'; valid: a, b; did you mean 'y'?".
const Exporter& find_exporter(const std::string& name);

// Applies the relation and weight filters (nodes left without edges stay).
Graph filter_graph(const Graph& graph, const ExportOptions& options);

// Checks the options a user typed (format, colouring, GEXF version) before
// any work is done. Throws Error with "did you mean".
void check_export_options(const ExportOptions& options);

// Entry point of the stage: filters, picks the exporter, writes atomically.
void export_graph(const Graph& graph, const ExportOptions& options);

}  // namespace wngraph
