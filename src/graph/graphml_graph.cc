// GraphML text -> a Graph (nodes, typed where the file says, and edges with
// relation, weight and evidence), for `wngraph diff OLD.graphml NEW.graphml`.
// Entry point: read_graphml_graph(). Tested by tests/diff_test.cc.
#include <libxml/tree.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <tuple>

#include "text.h"
#include "wngraph/error.h"
#include "wngraph/graphml.h"
#include "wngraph/reader.h"
#include "xml_util.h"

namespace wngraph {
namespace {

using detail::is_element;
using detail::lower;
using detail::split;
using detail::trim;
using detail::xml_attr;

// One line of wngraph's `evidence` attribute: "[DATE ]note-id: sentence".
Evidence evidence_line(const std::string& line) {
  Evidence ev;
  std::string rest = line;
  auto space = rest.find(' ');
  if (space != std::string::npos && space > 0 && std::isdigit(static_cast<unsigned char>(rest[0]))) {
    Date d = parse_date(rest.substr(0, space));
    if (!d.empty()) {
      ev.date = d;
      rest = rest.substr(space + 1);
    }
  }
  auto colon = rest.find(": ");
  if (colon == std::string::npos) {
    ev.sentence = rest;
  } else {
    ev.note_id = rest.substr(0, colon);
    ev.sentence = rest.substr(colon + 2);
  }
  return ev;
}

}  // namespace

Graph read_graphml_graph(std::string_view xml, const std::string& source) {
  detail::XmlDoc doc = detail::parse_untrusted_xml(xml, source, "graphml", XML_PARSE_COMPACT);
  const xmlNode* root = xmlDocGetRootElement(doc.get());
  if (!is_element(root, "graphml")) throw Error("not a graphml document (root is not <graphml>)", source);
  std::map<std::string, std::string> names;  // key id -> attr.name
  const xmlNode* graph = nullptr;
  for (const xmlNode* c = root->children; c; c = c->next) {
    if (is_element(c, "key")) names[xml_attr(c, "id")] = xml_attr(c, "attr.name");
    if (is_element(c, "graph") && !graph) graph = c;
  }
  if (!graph) throw Error("no <graph> in the graphml document", source);
  auto data = [&](const xmlNode* n) {
    std::map<std::string, std::string> out;
    for (const xmlNode* d = n->children; d; d = d->next)
      if (is_element(d, "data")) {
        auto it = names.find(xml_attr(d, "key"));
        out[it == names.end() ? xml_attr(d, "key") : it->second] = detail::xml_content(d);
      }
    return out;
  };

  std::map<std::string, NodeProps> nodes;
  std::map<std::tuple<std::string, Relation, std::string>, EdgeProps> edges;
  for (const xmlNode* n = graph->children; n; n = n->next) {
    if (is_element(n, "node")) {
      NodeProps p;
      p.id = xml_attr(n, "id");
      auto d = data(n);
      p.label = d.count("label") && !d["label"].empty() ? d["label"] : p.id;
      // Nodes of other tools' files, untyped, are listed with the organisations.
      p.type = parse_type(d["type"]).value_or(EntityType::kOrganisation);
      p.author = d["author"] == "true";
      nodes[p.id] = std::move(p);
    }
  }
  for (const xmlNode* e = graph->children; e; e = e->next) {
    if (!is_element(e, "edge")) continue;
    std::string s = xml_attr(e, "source"), t = xml_attr(e, "target");
    for (const auto& end : {s, t})
      if (!nodes.count(end)) throw Error("an edge names an unknown node '" + end + "'", source, e->line);
    auto d = data(e);
    std::string rel = d.count("relation") ? d["relation"] : lower(d["label"]);
    Relation r = parse_relation(rel).value_or(Relation::kMentionedWith);
    EdgeProps& p = edges[{s, r, t}];
    p.relation = r;
    double w = std::atof(d.count("weight") ? d["weight"].c_str() : "1");
    p.weight += std::isfinite(w) && w >= 1 && w < 1e9 ? static_cast<int>(std::lround(w)) : 1;
    for (const auto& line : split(d["evidence"], '\n'))
      if (!trim(line).empty()) p.evidence.push_back(evidence_line(line));
    std::sort(p.evidence.begin(), p.evidence.end());
    p.evidence.erase(std::unique(p.evidence.begin(), p.evidence.end()), p.evidence.end());
    p.first_seen = parse_date(d["first_seen"]);
    p.last_seen = parse_date(d["last_seen"]);
  }

  Graph out;
  std::map<std::string, Vertex> vertex;
  for (auto& [id, p] : nodes) vertex[id] = boost::add_vertex(p, out.g);
  size_t i = 0;
  for (auto& [key, p] : edges) {
    p.id = "e" + std::to_string(i++);
    boost::add_edge(vertex[std::get<0>(key)], vertex[std::get<2>(key)], p, out.g);
  }
  return out;
}

}  // namespace wngraph
