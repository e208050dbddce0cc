// The graph as RDF, once, for every RDF format: resources (nodes, notes,
// relations, evidence annotations) with compact property names ("name",
// "wn:weight", "oa:hasSource") and typed values. jsonld.cc writes it as
// JSON-LD with an inline context; rdf.cc as N-Quads and Turtle. Internal to
// exporters/.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "wngraph/export.h"
#include "wngraph/graph.h"

namespace wngraph::detail {

inline constexpr const char* kWnVocab = "https://w3id.org/wngraph/vocab#";
inline constexpr const char* kSchema = "https://schema.org/";
inline constexpr const char* kOa = "http://www.w3.org/ns/oa#";
inline constexpr const char* kXsd = "http://www.w3.org/2001/XMLSchema#";

struct RdfResource;

struct RdfValue {
  enum Kind { kIri, kString, kInteger, kDouble, kBoolean, kTyped, kResource };
  Kind kind = kString;
  std::string text;      // the IRI (absolute or compact), the string, or a typed literal's lexical form
  std::string datatype;  // kTyped: compact ("xsd:date")
  long long integer = 0;
  double number = 0;
  bool flag = false;
  std::shared_ptr<RdfResource> resource;  // kResource: a blank node

  static RdfValue iri(std::string s) { return {kIri, std::move(s), "", 0, 0, false, nullptr}; }
  static RdfValue string(std::string s) { return {kString, std::move(s), "", 0, 0, false, nullptr}; }
  static RdfValue integer_of(long long x) { return {kInteger, "", "", x, 0, false, nullptr}; }
  static RdfValue double_of(double x) { return {kDouble, "", "", 0, x, false, nullptr}; }
  static RdfValue boolean(bool b) { return {kBoolean, "", "", 0, 0, b, nullptr}; }
  static RdfValue typed(std::string lexical, std::string type) {
    return {kTyped, std::move(lexical), std::move(type), 0, 0, false, nullptr};
  }
  // A date in the XML Schema type that fits what is known of it: xsd:date,
  // xsd:gYearMonth, xsd:gYear, xsd:gMonthDay or xsd:gMonth.
  static RdfValue date(const Date& d);
};

struct RdfProperty {
  std::string key;  // compact: "name", "wn:weight"
  std::vector<RdfValue> values;
  bool array = false;  // written as a JSON array even with one value
};

struct RdfResource {
  std::string id;                  // absolute IRI; "" for a blank node
  std::vector<std::string> types;  // compact: "Person", "wn:Team"
  std::vector<RdfProperty> properties;

  RdfProperty& add(std::string key, RdfValue value, bool array = false) {
    properties.push_back({std::move(key), {std::move(value)}, array});
    return properties.back();
  }
};

// Entry point: every node, note and relation of the graph, in a stable order.
std::vector<RdfResource> rdf_resources(const Graph& graph, const ExportOptions& options);

// A compact name ("wn:weight", "Person", "oa:hasSource", "xsd:date") or an
// absolute IRI, as an absolute IRI.
std::string expand_iri(const std::string& name);

// Keys whose values the JSON-LD context types (an IRI, or a datatype), so
// that JSON-LD may write them as plain strings or numbers.
const char* context_type(const std::string& key);

}  // namespace wngraph::detail
