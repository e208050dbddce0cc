// Shared exporter helpers. Tested through tests/export_test.cc.
#include "common.h"

#include <cctype>
#include <cmath>
#include <cstdio>

namespace wngraph::detail {

std::string evidence_text(const EdgeProps& e) {
  std::string out;
  for (const auto& ev : e.evidence) {
    if (!out.empty()) out += '\n';
    if (!ev.date.empty()) out += ev.date.iso() + " ";
    out += ev.note_id + ": " + ev.sentence;
  }
  return out;
}

std::string list_text(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& i : items) {
    if (!out.empty()) out += "; ";
    out += i;
  }
  return out;
}

std::string upper_relation(Relation r) {
  std::string s = relation_name(r);
  for (auto& c : s) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return s;
}

const char* type_colour(EntityType t) {
  // Okabe-Ito palette.
  switch (t) {
    case EntityType::kPerson: return "#E69F00";
    case EntityType::kCouncil: return "#0072B2";
    case EntityType::kOrganisation: return "#009E73";
    case EntityType::kTeam: return "#56B4E9";
    case EntityType::kProgramme: return "#CC79A7";
    case EntityType::kForum: return "#D55E00";
  }
  return "#999999";
}

const char* community_colour(size_t c) {
  // Paul Tol's "muted" and "bright" qualitative colours.
  static const char* palette[] = {"#4477AA", "#EE6677", "#228833", "#CCBB44", "#66CCEE", "#AA3377",
                                  "#332288", "#88CCEE", "#44AA99", "#117733", "#999933", "#882255"};
  return palette[c % 12];
}

std::string number(double x) {
  if (std::isnan(x) || std::isinf(x)) return "0";
  char buf[32];
  for (int prec = 6; prec <= 17; ++prec) {
    std::snprintf(buf, sizeof buf, "%.*g", prec, x);
    if (std::strtod(buf, nullptr) == x) break;
  }
  return buf;
}

}  // namespace wngraph::detail
