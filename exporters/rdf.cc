// Graph -> RDF as N-Quads (one triple per line, the default graph) and as
// Turtle (prefixes, one block per resource, evidence as nested blank nodes),
// for stores without a JSON-LD 1.1 parser: the same RDF as the JSON-LD
// (rdf_model.cc), literals typed (xsd:date, xsd:gYearMonth, xsd:integer,
// xsd:double...). Entry points: NQuadsExporter::write(),
// TurtleExporter::write(). Tested by tests/export_test.cc,
// tests/readers_check.py (rdflib: isomorphic with pyld's RDF of the JSON-LD)
// and tests/js/check.js (Oxigraph answers who met whom by SPARQL).
#include <cmath>
#include <cstdio>
#include <ostream>

#include "common.h"
#include "rdf_model.h"
#include "registry.h"

namespace wngraph::detail {
namespace {

// A string literal's body, escaped as N-Triples and Turtle have it.
std::string escape(const std::string& s) {
  std::string out;
  for (unsigned char c : s) {
    switch (c) {
      case '\\':
        out += "\\\\";
        break;
      case '"':
        out += "\\\"";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      case '\t':
        out += "\\t";
        break;
      default:
        if (c < 0x20 || c == 0x7f) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\u%04X", c);
          out += buf;
        } else {
          out += static_cast<char>(c);
        }
    }
  }
  return out;
}

// <iri>, with the characters an IRIREF may not hold percent-encoded.
std::string iri_ref(const std::string& iri) {
  std::string out = "<";
  static const char* hex = "0123456789ABCDEF";
  for (unsigned char c : iri) {
    if (c <= 0x20 || c == '<' || c == '>' || c == '"' || c == '{' || c == '}' || c == '|' || c == '^' || c == '`' ||
        c == '\\')
      out += '%', out += hex[c >> 4], out += hex[c & 15];
    else
      out += static_cast<char>(c);
  }
  return out + ">";
}

// xsd:double's canonical form, as JSON-LD's toRdf writes a JSON number:
// "2.433449074074074E-1", "1.0E0".
std::string canonical_double(double x) {
  if (!std::isfinite(x)) return std::isnan(x) ? "NaN" : (x > 0 ? "INF" : "-INF");
  char buf[40];
  std::snprintf(buf, sizeof buf, "%.15E", x);
  std::string s = buf;
  size_t e = s.find('E');
  std::string mantissa = s.substr(0, e), exponent = s.substr(e + 1);
  while (mantissa.size() > 1 && mantissa.back() == '0' && mantissa[mantissa.size() - 2] != '.') mantissa.pop_back();
  bool negative = exponent[0] == '-';
  size_t digits = exponent.find_first_not_of("+-0");
  std::string exp = digits == std::string::npos ? "0" : exponent.substr(digits);
  return mantissa + "E" + (negative && exp != "0" ? "-" : "") + exp;
}

// A literal as N-Triples writes it.
std::string literal(const RdfValue& v) {
  switch (v.kind) {
    case RdfValue::kString:
      return "\"" + escape(v.text) + "\"";
    case RdfValue::kInteger:
      return "\"" + std::to_string(v.integer) + "\"^^" + iri_ref(expand_iri("xsd:integer"));
    case RdfValue::kDouble:
      return "\"" + canonical_double(v.number) + "\"^^" + iri_ref(expand_iri("xsd:double"));
    case RdfValue::kBoolean:
      return std::string("\"") + (v.flag ? "true" : "false") + "\"^^" + iri_ref(expand_iri("xsd:boolean"));
    case RdfValue::kTyped:
      return "\"" + escape(v.text) + "\"^^" + iri_ref(expand_iri(v.datatype));
    default:
      return "";
  }
}

const std::string kRdfType = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";

class NQuadsWriter {
 public:
  explicit NQuadsWriter(std::ostream& out) : out_(out) {}
  // Writes the resource's triples; returns its subject term.
  std::string write(const RdfResource& r) {
    std::string subject = r.id.empty() ? "_:b" + std::to_string(blank_++) : iri_ref(r.id);
    for (const auto& t : r.types)
      out_ << subject << ' ' << iri_ref(kRdfType) << ' ' << iri_ref(expand_iri(t)) << " .\n";
    for (const auto& p : r.properties) {
      std::string predicate = iri_ref(expand_iri(p.key));
      for (const auto& v : p.values) {
        std::string object;
        if (v.kind == RdfValue::kIri)
          object = iri_ref(expand_iri(v.text));
        else if (v.kind == RdfValue::kResource)
          object = write(*v.resource);
        else
          object = literal(v);
        out_ << subject << ' ' << predicate << ' ' << object << " .\n";
      }
    }
    return subject;
  }

 private:
  std::ostream& out_;
  size_t blank_ = 0;
};

class NQuadsExporter : public Exporter {
 public:
  const char* name() const override { return "nquads"; }
  const char* description() const override { return "RDF as N-Quads (the JSON-LD's triples, typed literals)"; }
  void write(const Graph& graph, const ExportOptions& o, Sink& sink) const override {
    NQuadsWriter w(sink.open());
    for (const auto& r : rdf_resources(graph, o)) w.write(r);
  }
};

// Turtle: prefixed names where the local part is plain, <iri> elsewhere.
std::string turtle_name(const std::string& compact) {
  std::string full = expand_iri(compact);
  for (const auto& [prefix, ns] :
       {std::pair<const char*, const char*>{"schema", kSchema}, {"wn", kWnVocab}, {"oa", kOa}, {"xsd", kXsd}}) {
    std::string n = ns;
    if (full.rfind(n, 0) != 0) continue;
    std::string local = full.substr(n.size());
    bool plain = !local.empty() && std::isalpha(static_cast<unsigned char>(local[0]));
    for (unsigned char c : local) plain &= std::isalnum(c) || c == '_' || c == '-';
    if (plain) return std::string(prefix) + ":" + local;
  }
  return iri_ref(full);
}

void turtle_body(std::ostream& out, const RdfResource& r, const std::string& indent) {
  bool first = true;
  auto next = [&] {
    out << (first ? "" : " ;\n" + indent);
    first = false;
  };
  if (!r.types.empty()) {
    next();
    out << "a ";
    for (size_t i = 0; i < r.types.size(); ++i) out << (i ? ", " : "") << turtle_name(r.types[i]);
  }
  for (const auto& p : r.properties) {
    if (p.values.empty()) continue;
    next();
    out << turtle_name(p.key) << ' ';
    for (size_t i = 0; i < p.values.size(); ++i) {
      const auto& v = p.values[i];
      if (i) out << ", ";
      if (v.kind == RdfValue::kIri) {
        out << turtle_name(v.text);
      } else if (v.kind == RdfValue::kResource) {
        out << "[\n" << indent << "    ";
        turtle_body(out, *v.resource, indent + "    ");
        out << "\n" << indent << "]";
      } else if (v.kind == RdfValue::kTyped) {
        out << '"' << escape(v.text) << "\"^^" << turtle_name(v.datatype);
      } else if (v.kind == RdfValue::kDouble) {
        out << '"' << canonical_double(v.number) << "\"^^xsd:double";
      } else if (v.kind == RdfValue::kInteger) {
        out << v.integer;
      } else if (v.kind == RdfValue::kBoolean) {
        out << (v.flag ? "true" : "false");
      } else {
        out << '"' << escape(v.text) << '"';
      }
    }
  }
}

class TurtleExporter : public Exporter {
 public:
  const char* name() const override { return "turtle"; }
  const char* description() const override { return "RDF as Turtle (the JSON-LD's triples, typed literals)"; }
  void write(const Graph& graph, const ExportOptions& o, Sink& sink) const override {
    std::ostream& out = sink.open();
    out << "@prefix schema: <" << kSchema << "> .\n@prefix wn: <" << kWnVocab << "> .\n@prefix oa: <" << kOa
        << "> .\n@prefix xsd: <" << kXsd << "> .\n";
    for (const auto& r : rdf_resources(graph, o)) {
      out << '\n' << iri_ref(r.id) << "\n    ";
      turtle_body(out, r, "    ");
      out << " .\n";
    }
  }
};

}  // namespace

std::unique_ptr<Exporter> make_nquads_exporter() {
  return std::make_unique<NQuadsExporter>();
}
std::unique_ptr<Exporter> make_turtle_exporter() {
  return std::make_unique<TurtleExporter>();
}

}  // namespace wngraph::detail
