// The exporters the registry knows; each format's .cc defines one factory.
#pragma once

#include <memory>

#include "wngraph/export.h"

namespace wngraph::detail {

std::unique_ptr<Exporter> make_graphml_exporter();
std::unique_ptr<Exporter> make_dot_exporter();
std::unique_ptr<Exporter> make_jsonld_exporter();
std::unique_ptr<Exporter> make_nquads_exporter();
std::unique_ptr<Exporter> make_turtle_exporter();
std::unique_ptr<Exporter> make_gexf_exporter();
std::unique_ptr<Exporter> make_neo4j_exporter();
std::unique_ptr<Exporter> make_csv_exporter();
std::unique_ptr<Exporter> make_graphology_exporter();
std::unique_ptr<Exporter> make_cytoscape_exporter();

}  // namespace wngraph::detail
