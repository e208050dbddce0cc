// Entity type / community -> colour. Used by exporters/dot.cc, exporters/gexf.cc
// and src/map/. Entry points: detail::type_colour(), detail::community_colour().
// Tested through tests/export_test.cc (Gexf) and tests/map_test.cc.
#include "palette.h"

namespace wngraph::detail {

const char* type_colour(EntityType t) {
  switch (t) {
    case EntityType::kPerson:
      return "#E69F00";
    case EntityType::kCouncil:
      return "#0072B2";
    case EntityType::kOrganisation:
      return "#009E73";
    case EntityType::kTeam:
      return "#56B4E9";
    case EntityType::kProgramme:
      return "#CC79A7";
    case EntityType::kForum:
      return "#D55E00";
  }
  return "#999999";
}

const char* community_colour(size_t c) {
  static const char* palette[] = {"#4477AA", "#EE6677", "#228833", "#CCBB44", "#66CCEE", "#AA3377",
                                  "#332288", "#88CCEE", "#44AA99", "#117733", "#999933", "#882255"};
  return palette[c % 12];
}

}  // namespace wngraph::detail
