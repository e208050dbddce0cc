// Helpers shared by the exporters: the evidence text, list encoding, colours.
#pragma once

#include <cmath>
#include <string>
#include <vector>

#include "palette.h"
#include "wngraph/graph.h"

namespace wngraph::detail {

// "2020-03-02 <note id>: <sentence>" per item, one per line.
std::string evidence_text(const EdgeProps& e);
// The ids of every rule behind an edge, sorted, each once.
std::vector<std::string> edge_rules(const EdgeProps& e);
// A list as a string a user can split: items joined by "; ".
std::string list_text(const std::vector<std::string>& items);
std::string list_text(const std::vector<SharedText>& items);
// The relation in UPPER_SNAKE_CASE (Neo4j relationship type style).
std::string upper_relation(Relation r);
// A number as text, shortest round-trip form.
std::string number(double x);
// Rounded to two decimals (positions and sizes), so output is the same on
// every platform.
inline double round2(double x) {
  return std::round(x * 100) / 100;
}

// The figures the graph's nodes carry, in metric_names() order (none when
// analytics did not run), and whether one is a whole number (degree,
// community).
std::vector<std::string> computed_metrics(const Graph& graph);
bool integer_metric(const std::string& metric);
// A node's figure as text: a whole number for degree and community, else
// number().
std::string metric_text(const NodeProps& node, const std::string& metric);

// A CSV field as RFC 4180 has it: always quoted, quotes doubled, no CR.
std::string csv_field(const std::string& s);
// An edge's evidence as one line of JSON, [{note, date, sentence}], with no
// backslash before a quote (\u0022, \u005c instead), so that CSV readers
// with backslash escaping (Neo4j's LOAD CSV) read it the same.
std::string evidence_json(const EdgeProps& e);

// Each node's position from the stakeholder map's layout (src/map/: Graphviz
// sfdp, no labels, no overlap removal), x to the right and y downwards in
// px, rounded to 0.01.
using Position = NodePosition;
// The graph's positions (Graph::positions), else layout_positions().
std::vector<Position> node_positions(const Graph& graph);

}  // namespace wngraph::detail
