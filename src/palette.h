// The colours every picture uses, so a type looks the same in DOT, GEXF and maps.
#pragma once

#include <cstddef>

#include "wngraph/extract.h"

namespace wngraph::detail {

// Fill colour per entity type (Okabe-Ito palette, colour-blind safe).
const char* type_colour(EntityType t);
// Fill colour per community id (Paul Tol's 12 qualitative colours, repeating).
const char* community_colour(size_t community);

}  // namespace wngraph::detail
