// Graph -> JSON-LD 1.1 with the context inline: schema.org types and
// properties where they exist (Person, GovernmentOrganization, knows,
// memberOf), the project's wn: vocabulary for the rest, and every edge also as
// an explicit wn:Relation node carrying weight, dates and evidence.
// Entry point: JsonldExporter::write(). Tested by tests/export_test.cc and
// tests/readers_check.py (pyld expand + to_rdf, rdflib).
#include <rapidjson/ostreamwrapper.h>
#include <rapidjson/prettywriter.h>

#include <cctype>
#include <map>

#include "common.h"
#include "registry.h"
#include "wngraph/centrality.h"

namespace wngraph::detail {
namespace {

constexpr const char* kVocab = "https://w3id.org/wngraph/vocab#";

using JsonWriter = rapidjson::PrettyWriter<rapidjson::OStreamWrapper>;

std::vector<const char*> schema_types(EntityType t) {
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

void str(JsonWriter& w, const std::string& s) {
  w.String(s.c_str(), static_cast<rapidjson::SizeType>(s.size()));
}
void kv(JsonWriter& w, const char* k, const std::string& v) {
  w.Key(k);
  str(w, v);
}

void context(JsonWriter& w) {
  w.Key("@context");
  w.StartObject();
  kv(w, "@vocab", "https://schema.org/");
  kv(w, "wn", kVocab);
  kv(w, "xsd", "http://www.w3.org/2001/XMLSchema#");
  kv(w, "oa", "http://www.w3.org/ns/oa#");
  auto id_term = [&](const char* term) {
    w.Key(term);
    w.StartObject();
    kv(w, "@type", "@id");
    w.EndObject();
  };
  for (Relation r : kRelations) id_term(property(r));
  id_term("member");
  id_term("wn:source");
  id_term("wn:target");
  id_term("author");
  id_term("mentions");
  id_term("oa:hasSource");
  w.Key("oa:motivatedBy");
  w.StartObject();
  kv(w, "@type", "@vocab");
  w.EndObject();
  w.Key("datePublished");
  w.StartObject();
  kv(w, "@type", "xsd:date");
  w.EndObject();
  auto typed = [&](const char* term, const char* type) {
    w.Key(term);
    w.StartObject();
    kv(w, "@type", type);
    w.EndObject();
  };
  typed("wn:weight", "xsd:integer");
  for (const auto& m : metric_names())
    typed(("wn:" + m).c_str(), m == "degree" || m == "community" ? "xsd:integer" : "xsd:double");
  w.EndObject();
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

class JsonldExporter : public Exporter {
 public:
  const char* name() const override { return "jsonld"; }
  const char* description() const override { return "JSON-LD (schema.org + wn: vocabulary) for RDF stores"; }
  void write(const Graph& graph, const ExportOptions& o, Sink& sink) const override {
    std::ostream& out = sink.open();
    const auto& g = graph.g;
    rapidjson::OStreamWrapper os(out);
    JsonWriter w(os);
    w.SetIndent(' ', 1);
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

    w.StartObject();
    context(w);
    w.Key("@graph");
    w.StartArray();
    for (auto v : boost::make_iterator_range(boost::vertices(g))) {
      const auto& p = g[v];
      w.StartObject();
      kv(w, "@id", node_iri(v));
      w.Key("@type");
      w.StartArray();
      for (const char* t : schema_types(p.type)) w.String(t);
      w.EndArray();
      kv(w, "name", p.label);
      kv(w, "wn:entityType", type_name(p.type));
      if (p.author) {
        w.Key("wn:isAuthor");
        w.Bool(true);
      }
      if (!p.aliases.empty()) {
        w.Key("alternateName");
        w.StartArray();
        for (const auto& a : p.aliases) str(w, a);
        w.EndArray();
      }
      if (!p.notes.empty()) {
        w.Key("wn:mentionedIn");
        w.StartArray();
        for (const auto& n : p.notes) str(w, n);
        w.EndArray();
      }
      for (const auto& [k, x] : p.metrics) {
        w.Key(("wn:" + k).c_str());
        if (k == "degree" || k == "community")
          w.Int64(static_cast<int64_t>(x));
        else
          w.Double(x);
      }
      for (const auto& [prop, targets] : links[v]) {
        w.Key(prop.c_str());
        w.StartArray();
        for (size_t t : targets) str(w, node_iri(t));
        w.EndArray();
      }
      w.EndObject();
    }
    // Each weeknote: a BlogPosting with its author and what it mentions.
    std::map<std::string, std::vector<size_t>> mentioned;
    std::map<std::string, size_t> author_node;
    for (auto v : boost::make_iterator_range(boost::vertices(g))) {
      for (const auto& n : g[v].notes) mentioned[n].push_back(v);
      if (g[v].author) author_node[g[v].label] = v;
    }
    for (const auto& note : graph.notes) {
      w.StartObject();
      kv(w, "@id", note_iri(o, note.id));
      kv(w, "@type", "BlogPosting");
      if (!note.title.empty()) kv(w, "headline", note.title);
      if (auto it = author_node.find(note.author); it != author_node.end()) kv(w, "author", node_iri(it->second));
      if (note.date.complete())
        kv(w, "datePublished", note.date.iso());
      else if (!note.date.empty())
        kv(w, "wn:datePartial", note.date.iso());
      if (note.source != note.id) kv(w, "wn:path", note.source);  // a string, not the IRI-typed wn:source
      auto m = mentioned.find(note.id);
      if (m != mentioned.end()) {
        w.Key("mentions");
        w.StartArray();
        for (size_t v : m->second)
          if (!g[v].author) str(w, node_iri(v));
        w.EndArray();
      }
      w.EndObject();
    }
    for (const auto& e : graph.edges()) {
      const auto& p = g[e];
      w.StartObject();
      kv(w, "@id", o.base_iri + "edge/" + p.id);
      kv(w, "@type", "wn:Relation");
      kv(w, "wn:relation", relation_name(p.relation));
      kv(w, "wn:source", node_iri(boost::source(e, g)));
      kv(w, "wn:target", node_iri(boost::target(e, g)));
      w.Key("wn:weight");
      w.Int(p.weight);
      w.Key("wn:symmetric");
      w.Bool(is_symmetric(p.relation));
      if (!p.first_seen.empty()) kv(w, "wn:firstSeen", p.first_seen.iso());
      if (!p.last_seen.empty()) kv(w, "wn:lastSeen", p.last_seen.iso());
      w.Key("wn:rule");
      w.StartArray();
      for (const auto& r : edge_rules(p)) w.String(r.c_str(), static_cast<rapidjson::SizeType>(r.size()));
      w.EndArray();
      w.Key("wn:evidence");
      w.StartArray();
      // Evidence as Web Annotations: the sentence quoted from its note.
      for (const auto& ev : p.evidence) {
        w.StartObject();
        kv(w, "@type", "oa:Annotation");
        kv(w, "oa:motivatedBy", "oa:identifying");
        if (!ev.date.empty()) kv(w, "wn:date", ev.date.iso());
        w.Key("oa:hasTarget");
        w.StartObject();
        kv(w, "@type", "oa:SpecificResource");
        kv(w, "oa:hasSource", note_iri(o, ev.note_id));
        w.Key("oa:hasSelector");
        w.StartObject();
        kv(w, "@type", "oa:TextQuoteSelector");
        kv(w, "oa:exact", ev.sentence);
        w.EndObject();
        w.EndObject();
        w.EndObject();
      }
      w.EndArray();
      w.EndObject();
    }
    w.EndArray();
    w.EndObject();
    out << "\n";
  }
};

}  // namespace

std::unique_ptr<Exporter> make_jsonld_exporter() {
  return std::make_unique<JsonldExporter>();
}

}  // namespace wngraph::detail
