// GraphML text -> the same GraphML with centrality figures added per node.
// Entry point: add_metrics_to_graphml(). Tested by tests/graphml_test.cc and
// tests/analytics_check.py (figures compared with NetworkX and igraph).
#include <libxml/parser.h>
#include <libxml/tree.h>

#include <cmath>
#include <cstring>
#include <map>
#include <memory>
#include <set>
#include <unordered_map>

#include "text.h"
#include "wngraph/error.h"
#include "wngraph/graphml.h"
#include "xml_util.h"

namespace wngraph {

using namespace detail;

namespace {

bool is(const xmlNode* n, const char* name) {
  return is_element(n, name);
}
std::string attr(const xmlNode* n, const char* a) {
  return xml_attr(n, a);
}
std::string text_of(const xmlNode* n) {
  return trim(xml_content(n));
}

std::string number_text(double x, bool integer) {
  if (integer) return std::to_string(static_cast<long long>(x));
  char buf[32];
  for (int prec = 6; prec <= 17; ++prec) {
    std::snprintf(buf, sizeof buf, "%.*g", prec, x);
    if (std::strtod(buf, nullptr) == x) break;
  }
  return buf;
}

}  // namespace

std::string add_metrics_to_graphml(std::string_view xml, const std::string& source,
                                   const GraphmlMetricsOptions& options, CentralitySummary* summary) {
  // COMPACT: small text nodes stored inline, fewer allocations on big files.
  XmlDoc doc = parse_untrusted_xml(xml, source, "graphml", XML_PARSE_COMPACT);
  xmlNode* root = xmlDocGetRootElement(doc.get());
  if (!is(root, "graphml")) throw Error("not a graphml document (root is not <graphml>)", source);

  // Keys: attr.name -> id, per domain; all ids in use.
  std::map<std::string, std::string> node_keys, edge_keys;
  std::set<std::string> key_ids;
  xmlNode* graph = nullptr;
  for (xmlNode* c = root->children; c; c = c->next) {
    if (is(c, "key")) {
      std::string id = attr(c, "id"), nm = attr(c, "attr.name"), dom = attr(c, "for");
      key_ids.insert(id);
      if (nm.empty()) nm = id;
      if (dom == "node" || dom == "all") node_keys.emplace(nm, id);
      if (dom == "edge" || dom == "all") edge_keys.emplace(nm, id);
    } else if (is(c, "graph") && !graph) {
      graph = c;
    }
  }
  if (!graph) throw Error("graphml has no <graph>", source);

  std::vector<xmlNode*> nodes;
  std::unordered_map<std::string, size_t> index;
  PlainGraph pg;
  std::string weight_id = edge_keys.count(options.weight_key) ? edge_keys[options.weight_key] : "";
  for (xmlNode* c = graph->children; c; c = c->next)
    if (is(c, "node")) {
      std::string id = attr(c, "id");
      if (!index.emplace(id, nodes.size()).second)
        throw Error("duplicate node id '" + id + "'", source, static_cast<int>(xmlGetLineNo(c)));
      nodes.push_back(c);
    }
  pg.n = nodes.size();
  for (xmlNode* c = graph->children; c; c = c->next) {
    if (!is(c, "edge")) continue;
    auto s = index.find(attr(c, "source")), t = index.find(attr(c, "target"));
    if (s == index.end() || t == index.end())
      throw Error("edge names an unknown node", source, static_cast<int>(xmlGetLineNo(c)),
                  attr(c, "source") + " -> " + attr(c, "target"));
    double w = 1.0;
    if (!weight_id.empty())
      for (xmlNode* d = c->children; d; d = d->next)
        if (is(d, "data") && attr(d, "key") == weight_id) {
          char* end = nullptr;
          std::string txt = text_of(d);
          double x = std::strtod(txt.c_str(), &end);
          if (end && *end == '\0' && !txt.empty()) w = x;
          // Weights are strengths: a NaN, an infinity or a weight below zero
          // has no meaning for paths or communities.
          if (!std::isfinite(w) || w < 0)
            throw Error("edge weight must be a finite number >= 0", source, static_cast<int>(xmlGetLineNo(d)), txt);
        }
    pg.edges.push_back({s->second, t->second});
    pg.weights.push_back(w);
  }

  Metrics m = compute_metrics(pg, options.centrality);
  if (summary) *summary = m.summary;

  // A key per figure: reuse one with the same attr.name, else add one before <graph>.
  const auto& names = metric_names();
  std::vector<std::string> ids;
  for (size_t i = 0; i < names.size(); ++i) {
    const std::string& nm = names[i];
    if (m.values[i].empty()) {  // not asked for
      ids.push_back("");
      continue;
    }
    auto it = node_keys.find(nm);
    if (it != node_keys.end()) {
      ids.push_back(it->second);
      continue;
    }
    std::string id = key_ids.count(nm) ? "wngraph_" + nm : nm;
    key_ids.insert(id);
    xmlNode* key = xmlNewDocNode(doc.get(), root->ns, BAD_CAST "key", nullptr);
    xmlNewProp(key, BAD_CAST "id", BAD_CAST id.c_str());
    xmlNewProp(key, BAD_CAST "for", BAD_CAST "node");
    xmlNewProp(key, BAD_CAST "attr.name", BAD_CAST nm.c_str());
    xmlNewProp(key, BAD_CAST "attr.type", BAD_CAST(nm == "community" || nm == "degree" ? "int" : "double"));
    xmlAddPrevSibling(graph, key);
    ids.push_back(id);
  }
  for (size_t v = 0; v < nodes.size(); ++v) {
    xmlNode* node = nodes[v];
    // <data> goes before a nested <graph>, <port> or <locator> (schema order).
    xmlNode* before = nullptr;
    for (xmlNode* c = node->children; c; c = c->next)
      if (is(c, "graph") || is(c, "locator") || is(c, "port")) {
        before = c;
        break;
      }
    for (size_t i = 0; i < names.size(); ++i) {
      if (ids[i].empty()) continue;
      std::string value = number_text(m.values[i][v], names[i] == "community" || names[i] == "degree");
      xmlNode* existing = nullptr;
      for (xmlNode* c = node->children; c; c = c->next)
        if (is(c, "data") && attr(c, "key") == ids[i]) existing = c;
      if (existing) {
        xmlNodeSetContent(existing, BAD_CAST value.c_str());
        continue;
      }
      xmlNode* d = xmlNewDocNode(doc.get(), root->ns, BAD_CAST "data", BAD_CAST value.c_str());
      xmlNewProp(d, BAD_CAST "key", BAD_CAST ids[i].c_str());
      if (before)
        xmlAddPrevSibling(before, d);
      else
        xmlAddChild(node, d);
    }
  }
  xmlChar* out = nullptr;
  int size = 0;
  // No reformatting: the document keeps its own layout (blank text nodes were kept).
  xmlDocDumpFormatMemoryEnc(doc.get(), &out, &size, "UTF-8", 0);
  std::string result(reinterpret_cast<char*>(out), size);
  xmlFree(out);
  return result;
}

}  // namespace wngraph
