// Builds a graph from one note through the installed public API and prints
// its nodes and edges: what another program linking wngraph would do.
#include <iostream>

#include "wngraph/export.h"
#include "wngraph/pipeline.h"

int main() {
  wngraph::PipelineOptions options;
  options.documents = {{"note.txt", "I met Kay Brown from Hackney Council to talk about LOTI.\n"}};
  options.read.force_author = "Ann";
  wngraph::Graph graph = wngraph::build_knowledge_graph(options);
  std::cout << boost::num_vertices(graph.g) << " nodes, " << boost::num_edges(graph.g) << " edges\n";
  wngraph::ExportOptions eo;
  eo.format = "graphml";
  auto files = wngraph::render(wngraph::find_exporter("graphml"), graph, eo);
  std::cout << (files.at("").find("Kay Brown") != std::string::npos ? "graphml names Kay Brown\n" : "no Kay Brown\n");
  return 0;
}
