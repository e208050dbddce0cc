// Helpers shared by the exporters: the evidence text, list encoding, colours.
#pragma once

#include <string>
#include <vector>

#include "wngraph/graph.h"

namespace wngraph::detail {

// "2020-03-02 <note id>: <sentence>" per item, one per line.
std::string evidence_text(const EdgeProps& e);
// A list as a string a user can split: items joined by "; ".
std::string list_text(const std::vector<std::string>& items);
// The relation in UPPER_SNAKE_CASE (Neo4j relationship type style).
std::string upper_relation(Relation r);
// A fill colour per entity type (hex, colour-blind-safe palette).
const char* type_colour(EntityType t);
// A fill colour per community id (12-colour qualitative palette, repeating).
const char* community_colour(size_t community);
// A number as text, shortest round-trip form.
std::string number(double x);

}  // namespace wngraph::detail
