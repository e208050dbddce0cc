// Edge evidence, rule lists, numbers, positions -> what every exporter
// writes. Entry points: detail::evidence_text(), edge_rules(), list_text(),
// upper_relation(), number(), node_positions(). Tested through
// tests/export_test.cc.
#include "common.h"

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "wngraph/centrality.h"
#include "wngraph/map.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>
#include <cstdio>

namespace wngraph::detail {

std::string evidence_text(const EdgeProps& e) {
  std::string out;
  for (const auto& ev : e.evidence) {
    if (!out.empty()) out += '\n';
    if (!ev.date.empty()) out.append(ev.date.iso()).append(" ");
    out.append(ev.note_id.str()).append(": ").append(ev.sentence.str());
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

namespace {
template <typename Text>
std::string joined(const std::vector<Text>& items) {
  std::string out;
  for (const auto& i : items) {
    if (!out.empty()) out += "; ";
    out += static_cast<const std::string&>(i);
  }
  return out;
}
}  // namespace

std::string list_text(const std::vector<std::string>& items) {
  return joined(items);
}

std::string list_text(const std::vector<SharedText>& items) {
  return joined(items);
}

std::string upper_relation(Relation r) {
  std::string s = relation_name(r);
  for (auto& c : s) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return s;
}

std::string number(double x) {
  if (std::isnan(x) || std::isinf(x)) return "0";
  // printf's %.Pg with the fewest digits P >= 6 that reads back as x. No
  // decimal shorter than the shortest round-trip form reads back, so the
  // search starts there; std::to_chars with a precision is printf's %.Pg.
  char buf[32];
  auto shortest = std::to_chars(buf, buf + sizeof buf, x, std::chars_format::scientific);
  int digits = 0;
  for (const char* c = buf; c < shortest.ptr && *c != 'e'; ++c) digits += *c >= '0' && *c <= '9';
  for (int prec = std::max(6, digits); prec <= 17; ++prec) {
    auto r = std::to_chars(buf, buf + sizeof buf, x, std::chars_format::general, prec);
    double back = 0;
    std::from_chars(buf, r.ptr, back);
    if (back == x || prec == 17) return std::string(buf, r.ptr);
  }
  return "0";  // not reached: 17 digits always read back
}

std::vector<std::string> computed_metrics(const Graph& graph) {
  std::vector<std::string> out;
  if (boost::num_vertices(graph.g) > 0)
    for (const auto& m : metric_names())
      if (graph.g[0].metrics.count(m)) out.push_back(m);
  return out;
}

bool integer_metric(const std::string& metric) {
  return metric == "degree" || metric == "community";
}

std::string metric_text(const NodeProps& node, const std::string& metric) {
  double x = node.metrics.at(metric);
  return integer_metric(metric) ? std::to_string(static_cast<long long>(x)) : number(x);
}

std::string csv_field(const std::string& s) {
  std::string out = "\"";
  for (char c : s) {
    if (c == '"') out += '"';
    if (c == '\r') continue;
    out += c;
  }
  return out + "\"";
}

std::string evidence_json(const EdgeProps& e) {
  rapidjson::StringBuffer buf;
  rapidjson::Writer<rapidjson::StringBuffer> w(buf);
  w.StartArray();
  for (const auto& ev : e.evidence) {
    w.StartObject();
    w.Key("note");
    w.String(ev.note_id.c_str(), static_cast<rapidjson::SizeType>(ev.note_id.size()));
    w.Key("date");
    std::string d = ev.date.iso();
    w.String(d.c_str(), static_cast<rapidjson::SizeType>(d.size()));
    w.Key("sentence");
    w.String(ev.sentence.c_str(), static_cast<rapidjson::SizeType>(ev.sentence.size()));
    w.EndObject();
  }
  w.EndArray();
  // Inside string values a quote is \" and a backslash \\ in JSON; in a CSV
  // field read by LOAD CSV with legacy quote escaping (Neo4j's default) a
  // backslash before a quote escapes it, so \"" would end the field early.
  // \u0022 and \u005c are the same JSON without any backslash-quote pair.
  std::string json = buf.GetString(), out;
  out.reserve(json.size());
  for (size_t i = 0; i < json.size(); ++i) {
    if (json[i] == '\\' && i + 1 < json.size() && (json[i + 1] == '"' || json[i + 1] == '\\')) {
      out += json[i + 1] == '"' ? "\\u0022" : "\\u005c";
      ++i;
    } else {
      out += json[i];
    }
  }
  return out;
}

std::vector<Position> node_positions(const Graph& graph) {
  // Made by the pipeline alongside the figures, or here.
  const bool made = !graph.positions.empty() && graph.positions.size() == boost::num_vertices(graph.g);
  std::vector<Position> out = made ? graph.positions : layout_positions(graph);
  for (auto& p : out) p = {round2(p.x), round2(p.y)};  // the same output on every platform
  return out;
}

}  // namespace wngraph::detail
