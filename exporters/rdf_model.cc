// Graph -> the RDF every RDF format writes: schema.org types and properties
// where they exist (Person, GovernmentOrganization, knows, memberOf), the
// project's wn: vocabulary for the rest, each note a BlogPosting, and every
// edge also as an explicit wn:Relation carrying weight, dates, rules and its
// evidence as Web Annotations. Entry point: detail::rdf_resources(). Tested
// by tests/export_test.cc and tests/readers_check.py (the JSON-LD, N-Quads
// and Turtle hold the same RDF).
#include "rdf_model.h"

#include <cctype>
#include <map>

#include "common.h"
#include "wngraph/centrality.h"

namespace wngraph::detail {
namespace {

std::vector<std::string> schema_types(EntityType t) {
  switch (t) {
    case EntityType::kPerson:
      return {"Person"};
    case EntityType::kCouncil:
      return {"GovernmentOrganization"};
    case EntityType::kOrganisation:
      return {"Organization"};
    case EntityType::kTeam:
      return {"Organization", "wn:Team"};
    case EntityType::kProgramme:
      return {"Project", "wn:Programme"};
    case EntityType::kForum:
      return {"wn:Forum"};
  }
  return {"Thing"};
}

// The property a relation becomes on its source node.
const char* property(Relation r) {
  switch (r) {
    case Relation::kMetWith:
      return "knows";
    case Relation::kMemberOf:
      return "memberOf";
    case Relation::kPresentedTo:
      return "wn:presentedTo";
    case Relation::kLeads:
      return "wn:leads";
    case Relation::kPartOf:
      return "wn:partOf";
    case Relation::kPartnerOf:
      return "wn:partnerOf";
    case Relation::kAttended:
      return "wn:attended";
    case Relation::kMentionedWith:
      return "wn:mentionedWith";
  }
  return "wn:related";
}

// A note's IRI: its URL when it has one, else under the base IRI with the
// path percent-encoded.
std::string note_iri(const ExportOptions& o, const std::string& id) {
  if (id.rfind("http://", 0) == 0 || id.rfind("https://", 0) == 0) return id;
  std::string out = o.base_iri + "note/";
  static const char* hex = "0123456789ABCDEF";
  for (unsigned char c : id) {
    if (std::isalnum(c) || c == '-' || c == '.' || c == '_' || c == '~' || c == '/')
      out += static_cast<char>(c);
    else
      out += '%', out += hex[c >> 4], out += hex[c & 15];
  }
  return out;
}

}  // namespace

RdfValue RdfValue::date(const Date& d) {
  const char* type = d.complete()                  ? "xsd:date"
                     : !d.year && d.month && d.day ? "xsd:gMonthDay"
                     : d.year && d.month           ? "xsd:gYearMonth"
                                                   : "xsd:gYear";
  return typed(d.iso(), type);
}

std::string expand_iri(const std::string& name) {
  size_t colon = name.find(':');
  if (colon == std::string::npos) return kSchema + name;
  std::string prefix = name.substr(0, colon), rest = name.substr(colon + 1);
  if (prefix == "wn") return kWnVocab + rest;
  if (prefix == "oa") return kOa + rest;
  if (prefix == "xsd") return kXsd + rest;
  return name;  // absolute: urn:, https:, ...
}

const char* context_type(const std::string& key) {
  static const std::map<std::string, const char*> types = [] {
    std::map<std::string, const char*> t;
    for (Relation r : kRelations) t[property(r)] = "@id";
    for (const char* k : {"member", "wn:source", "wn:target", "author", "mentions", "oa:hasSource"}) t[k] = "@id";
    t["oa:motivatedBy"] = "@vocab";
    t["datePublished"] = "xsd:date";
    t["wn:weight"] = "xsd:integer";
    for (const auto& m : metric_names()) t["wn:" + m] = integer_metric(m) ? "xsd:integer" : "xsd:double";
    return t;
  }();
  auto it = types.find(key);
  return it == types.end() ? nullptr : it->second;
}

std::vector<RdfResource> rdf_resources(const Graph& graph, const ExportOptions& o) {
  const auto& g = graph.g;
  std::vector<RdfResource> out;
  auto node_iri = [&](size_t v) { return o.base_iri + "node/" + g[v].id; };

  // Direct links, grouped by source node and property.
  std::map<size_t, std::map<std::string, std::vector<size_t>>> links;
  for (const auto& e : graph.edges()) {
    size_t s = boost::source(e, g), t = boost::target(e, g);
    links[s][property(g[e].relation)].push_back(t);
    if (is_symmetric(g[e].relation)) links[t][property(g[e].relation)].push_back(s);
    // schema.org's inverse of memberOf: the body lists its members.
    if (g[e].relation == Relation::kMemberOf) links[t]["member"].push_back(s);
  }
  auto list = [](RdfResource& r, const std::string& key, std::vector<RdfValue> values) {
    r.properties.push_back({key, std::move(values), true});
  };

  for (auto v : boost::make_iterator_range(boost::vertices(g))) {
    const auto& p = g[v];
    RdfResource r;
    r.id = node_iri(v);
    r.types = schema_types(p.type);
    r.add("name", RdfValue::string(p.label));
    r.add("wn:entityType", RdfValue::string(type_name(p.type)));
    if (p.author) r.add("wn:isAuthor", RdfValue::boolean(true));
    std::vector<RdfValue> values;
    for (const auto& a : p.aliases) values.push_back(RdfValue::string(a));
    if (!values.empty()) list(r, "alternateName", std::move(values));
    values.clear();
    for (const auto& n : p.notes) values.push_back(RdfValue::string(n));
    if (!values.empty()) list(r, "wn:mentionedIn", std::move(values));
    for (const auto& [k, x] : p.metrics)
      r.add("wn:" + k, integer_metric(k) ? RdfValue::integer_of(static_cast<long long>(x)) : RdfValue::double_of(x));
    for (const auto& [prop, targets] : links[v]) {
      values.clear();
      for (size_t t : targets) values.push_back(RdfValue::iri(node_iri(t)));
      list(r, prop, std::move(values));
    }
    out.push_back(std::move(r));
  }

  // Each weeknote: a BlogPosting with its author and what it mentions.
  std::map<std::string, std::vector<size_t>> mentioned;
  std::map<std::string, size_t> author_node;
  for (auto v : boost::make_iterator_range(boost::vertices(g))) {
    for (const auto& n : g[v].notes) mentioned[n].push_back(v);
    if (g[v].author) author_node[g[v].label] = v;
  }
  for (const auto& note : graph.notes) {
    RdfResource r;
    r.id = note_iri(o, note.id);
    r.types = {"BlogPosting"};
    if (!note.title.empty()) r.add("headline", RdfValue::string(note.title));
    if (auto it = author_node.find(note.author); it != author_node.end())
      r.add("author", RdfValue::iri(node_iri(it->second)));
    if (note.date.complete())
      r.add("datePublished", RdfValue::date(note.date));
    else if (!note.date.empty())
      r.add("wn:datePartial", RdfValue::date(note.date));
    if (note.source != note.id) r.add("wn:path", RdfValue::string(note.source));  // a string, not an IRI
    auto m = mentioned.find(note.id);
    if (m != mentioned.end()) {
      std::vector<RdfValue> values;
      for (size_t v : m->second)
        if (!g[v].author) values.push_back(RdfValue::iri(node_iri(v)));
      list(r, "mentions", std::move(values));
    }
    out.push_back(std::move(r));
  }

  for (const auto& e : graph.edges()) {
    const auto& p = g[e];
    RdfResource r;
    r.id = o.base_iri + "edge/" + p.id;
    r.types = {"wn:Relation"};
    r.add("wn:relation", RdfValue::string(relation_name(p.relation)));
    r.add("wn:source", RdfValue::iri(node_iri(boost::source(e, g))));
    r.add("wn:target", RdfValue::iri(node_iri(boost::target(e, g))));
    r.add("wn:weight", RdfValue::integer_of(p.weight));
    r.add("wn:symmetric", RdfValue::boolean(is_symmetric(p.relation)));
    if (!p.first_seen.empty()) r.add("wn:firstSeen", RdfValue::date(p.first_seen));
    if (!p.last_seen.empty()) r.add("wn:lastSeen", RdfValue::date(p.last_seen));
    std::vector<RdfValue> values;
    for (const auto& rule : edge_rules(p)) values.push_back(RdfValue::string(rule));
    list(r, "wn:rule", std::move(values));
    // Evidence as Web Annotations: the sentence quoted from its note.
    values.clear();
    for (const auto& ev : p.evidence) {
      auto selector = std::make_shared<RdfResource>();
      selector->types = {"oa:TextQuoteSelector"};
      selector->add("oa:exact", RdfValue::string(ev.sentence));
      auto target = std::make_shared<RdfResource>();
      target->types = {"oa:SpecificResource"};
      target->add("oa:hasSource", RdfValue::iri(note_iri(o, ev.note_id)));
      target->add("oa:hasSelector", RdfValue{RdfValue::kResource, "", "", 0, 0, false, selector});
      auto annotation = std::make_shared<RdfResource>();
      annotation->types = {"oa:Annotation"};
      annotation->add("oa:motivatedBy", RdfValue::iri("oa:identifying"));
      if (!ev.date.empty()) annotation->add("wn:date", RdfValue::date(ev.date));
      annotation->add("oa:hasTarget", RdfValue{RdfValue::kResource, "", "", 0, 0, false, target});
      values.push_back({RdfValue::kResource, "", "", 0, 0, false, annotation});
    }
    list(r, "wn:evidence", std::move(values));
    out.push_back(std::move(r));
  }
  return out;
}

}  // namespace wngraph::detail
