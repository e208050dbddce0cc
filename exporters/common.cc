// Edge evidence, rule lists, numbers -> the text every exporter writes.
// Entry points: detail::evidence_text(), edge_rules(), list_text(),
// upper_relation(), number(). Tested through tests/export_test.cc.
#include "common.h"

#include <algorithm>
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

std::vector<std::string> edge_rules(const EdgeProps& e) {
  std::vector<std::string> out;
  for (const auto& ev : e.evidence) out.insert(out.end(), ev.rules.begin(), ev.rules.end());
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
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
