// Graph -> JSON-LD 1.1 with the context inline: the RDF of rdf_model.cc
// (schema.org where it has the terms, the wn: vocabulary for the rest, every
// edge also a wn:Relation with its evidence as Web Annotations), dates typed
// (xsd:date, xsd:gYearMonth...). Entry point: JsonldExporter::write().
// Tested by tests/export_test.cc and tests/readers_check.py (pyld expand +
// to_rdf, rdflib; isomorphic with the N-Quads and Turtle).
#include <rapidjson/ostreamwrapper.h>
#include <rapidjson/prettywriter.h>

#include <map>

#include "common.h"
#include "rdf_model.h"
#include "registry.h"
#include "wngraph/centrality.h"

namespace wngraph::detail {
namespace {

using JsonWriter = rapidjson::PrettyWriter<rapidjson::OStreamWrapper>;

void str(JsonWriter& w, const std::string& s) {
  w.String(s.c_str(), static_cast<rapidjson::SizeType>(s.size()));
}
void kv(JsonWriter& w, const char* k, const std::string& v) {
  w.Key(k);
  str(w, v);
}

// Every key the model uses with a fixed type: IRIs, vocabulary terms,
// integers, doubles, dates.
void context(JsonWriter& w, const std::vector<RdfResource>& resources) {
  w.Key("@context");
  w.StartObject();
  kv(w, "@vocab", kSchema);
  kv(w, "wn", kWnVocab);
  kv(w, "xsd", kXsd);
  kv(w, "oa", kOa);
  std::map<std::string, const char*> typed;
  std::vector<const RdfResource*> todo;
  for (const auto& r : resources) todo.push_back(&r);
  while (!todo.empty()) {
    const RdfResource* r = todo.back();
    todo.pop_back();
    for (const auto& p : r->properties) {
      if (const char* t = context_type(p.key)) typed[p.key] = t;
      for (const auto& v : p.values)
        if (v.kind == RdfValue::kResource) todo.push_back(v.resource.get());
    }
  }
  for (const auto& [key, type] : typed) {
    w.Key(key.c_str());
    w.StartObject();
    kv(w, "@type", type);
    w.EndObject();
  }
  w.EndObject();
}

void value(JsonWriter& w, const std::string& key, const RdfValue& v);

void resource(JsonWriter& w, const RdfResource& r) {
  w.StartObject();
  if (!r.id.empty()) kv(w, "@id", r.id);
  if (r.types.size() == 1) {
    kv(w, "@type", r.types[0]);
  } else if (!r.types.empty()) {
    w.Key("@type");
    w.StartArray();
    for (const auto& t : r.types) str(w, t);
    w.EndArray();
  }
  for (const auto& p : r.properties) {
    w.Key(p.key.c_str());
    if (p.array || p.values.size() != 1) w.StartArray();
    for (const auto& v : p.values) value(w, p.key, v);
    if (p.array || p.values.size() != 1) w.EndArray();
  }
  w.EndObject();
}

void value(JsonWriter& w, const std::string& key, const RdfValue& v) {
  switch (v.kind) {
    case RdfValue::kIri:
    case RdfValue::kString:
      str(w, v.text);  // an IRI under a key the context types @id or @vocab
      break;
    case RdfValue::kInteger:
      w.Int64(v.integer);
      break;
    case RdfValue::kDouble:
      w.Double(v.number);
      break;
    case RdfValue::kBoolean:
      w.Bool(v.flag);
      break;
    case RdfValue::kTyped: {
      const char* t = context_type(key);
      if (t && v.datatype == t) {
        str(w, v.text);
      } else {
        w.StartObject();
        kv(w, "@value", v.text);
        kv(w, "@type", v.datatype);
        w.EndObject();
      }
      break;
    }
    case RdfValue::kResource:
      resource(w, *v.resource);
      break;
  }
}

class JsonldExporter : public Exporter {
 public:
  const char* name() const override { return "jsonld"; }
  const char* description() const override { return "JSON-LD (schema.org + wn: vocabulary) for RDF stores"; }
  void write(const Graph& graph, const ExportOptions& o, Sink& sink) const override {
    std::ostream& out = sink.open();
    std::vector<RdfResource> resources = rdf_resources(graph, o);
    rapidjson::OStreamWrapper os(out);
    JsonWriter w(os);
    w.SetIndent(' ', 1);
    w.StartObject();
    context(w, resources);
    w.Key("@graph");
    w.StartArray();
    for (const auto& r : resources) resource(w, r);
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
