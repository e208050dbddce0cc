// Untrusted XML bytes -> a libxml2 tree (entities refused); elements ->
// attributes and text; a memory XmlWriter. Used by src/read/feed_reader.cc,
// src/graph/graphml_metrics.cc, exporters/graphml.cc and exporters/gexf.cc.
// Entry points: detail::parse_untrusted_xml(), detail::XmlWriter. Tested by
// tests/xml_util_test.cc and through the readers' and exporters' tests.
#include "xml_util.h"

#include <ostream>

#include <libxml/parser.h>

#include <algorithm>
#include <climits>
#include <cstring>

#include "text.h"
#include "wngraph/error.h"

namespace wngraph::detail {

bool is_element(const xmlNode* n, const char* name) {
  return n && n->type == XML_ELEMENT_NODE && std::strcmp(reinterpret_cast<const char*>(n->name), name) == 0;
}

std::string xml_attr(const xmlNode* n, const char* name) {
  xmlChar* v = xmlGetProp(n, reinterpret_cast<const xmlChar*>(name));
  if (!v) return "";
  std::string s(reinterpret_cast<char*>(v));
  xmlFree(v);
  return s;
}

std::string xml_content(const xmlNode* n) {
  if (!n) return "";
  xmlChar* t = xmlNodeGetContent(n);
  if (!t) return "";
  std::string s(reinterpret_cast<char*>(t));
  xmlFree(t);
  return s;
}

namespace {

// What the entity-declaration hook saw, through the parser context's
// _private pointer.
struct EntityRefusal {
  bool seen = false;
  int line = 0;
};

// libxml2 calls this for every <!ENTITY ...> (general or parameter) as it
// is parsed, after decoding, so no encoding (UTF-16, UTF-7...) hides one.
// Stopping here means no entity is ever declared, let alone expanded.
void refuse_entity(void* ctx, const xmlChar*, int, const xmlChar*, const xmlChar*, xmlChar*) {
  auto* ctxt = static_cast<xmlParserCtxtPtr>(ctx);
  auto* refusal = static_cast<EntityRefusal*>(ctxt->_private);
  if (!refusal->seen) {
    refusal->seen = true;
    refusal->line = ctxt->input ? ctxt->input->line : 0;
  }
  xmlStopParser(ctxt);
}

// The text of line `line` of `xml` from `from` on (when found there), for
// messages; "" when the document is not UTF-8 (its bytes would be noise).
std::string fragment_at(std::string_view xml, int line, std::string_view from) {
  if (line <= 0 || !valid_utf8(xml)) return "";
  auto lines = split(xml, '\n');
  if (line > static_cast<int>(lines.size())) return "";
  std::string text = trim(lines[line - 1]);
  size_t at = text.find(from);
  return at == std::string::npos ? text : text.substr(at);
}

}  // namespace

XmlDoc parse_untrusted_xml(std::string_view xml, const std::string& source, const char* what, int extra_options) {
  if (xml.size() > static_cast<size_t>(INT_MAX))
    throw Error(std::string(what) + " is larger than 2 GiB; refusing to parse it", source);
  std::unique_ptr<xmlParserCtxt, decltype(&xmlFreeParserCtxt)> ctxt(xmlNewParserCtxt(), xmlFreeParserCtxt);
  if (!ctxt || !ctxt->sax) throw Error(std::string("out of memory parsing ") + what, source);
  EntityRefusal refusal;
  ctxt->_private = &refusal;
  ctxt->sax->entityDecl = refuse_entity;
  // No network, no external DTD, no entity substitution, no XInclude (never
  // processed), libxml2's default depth and size limits (no XML_PARSE_HUGE).
  int opts = XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING | extra_options;
  opts &= ~(XML_PARSE_NOENT | XML_PARSE_DTDLOAD | XML_PARSE_DTDATTR | XML_PARSE_DTDVALID | XML_PARSE_XINCLUDE |
            XML_PARSE_HUGE);
  XmlDoc doc(xmlCtxtReadMemory(ctxt.get(), xml.data(), static_cast<int>(xml.size()), source.c_str(), nullptr, opts),
             xmlFreeDoc);
  if (refusal.seen)
    throw Error(std::string(what) + " declares entities; refusing to expand them", source, refusal.line,
                fragment_at(xml, refusal.line, "<!ENTITY"));
  if (!doc || !ctxt->wellFormed) {
    const xmlError* err = &ctxt->lastError;
    int line = err->line > 0 ? err->line : 1;
    throw Error(std::string("malformed ") + what + ": " + lower(err->message ? trim(err->message) : "malformed xml"),
                source, line, fragment_at(xml, line, ""));
  }
  // A DOCTYPE is of no use once entities are refused, and must never be
  // passed on to an output (`wngraph metrics` writes the document back).
  if (xmlDtdPtr dtd = xmlGetIntSubset(doc.get())) {
    xmlUnlinkNode(reinterpret_cast<xmlNodePtr>(dtd));
    xmlFreeDtd(dtd);
  }
  return doc;
}

namespace {
bool allowed(unsigned char c) {
  return c >= 0x20 || c == '\n' || c == '\t';
}
// `s` as libxml2 takes it, without the control characters XML 1.0 cannot
// carry; `s` itself when it has none (the usual case: no copy).
const xmlChar* clean(const std::string& s, std::string& scratch) {
  if (std::all_of(s.begin(), s.end(), [](unsigned char c) { return allowed(c); })) return BAD_CAST s.c_str();
  scratch.clear();
  for (unsigned char c : s)
    if (allowed(c)) scratch += static_cast<char>(c);
  return BAD_CAST scratch.c_str();
}
void check(int rc) {
  if (rc < 0) throw Error("cannot write xml");
}
}  // namespace

XmlWriter::XmlWriter() : buf_(xmlBufferCreate()), w_(xmlNewTextWriterMemory(buf_, 0)) {
  if (!w_) throw Error("cannot create xml writer");
  xmlTextWriterSetIndent(w_, 1);
  xmlTextWriterSetIndentString(w_, BAD_CAST "  ");
  check(xmlTextWriterStartDocument(w_, nullptr, "UTF-8", nullptr));
}

XmlWriter::~XmlWriter() {
  if (w_) xmlFreeTextWriter(w_);
  xmlBufferFree(buf_);
}

void XmlWriter::start(const char* element) {
  check(xmlTextWriterStartElement(w_, BAD_CAST element));
}
void XmlWriter::end() {
  check(xmlTextWriterEndElement(w_));
}
void XmlWriter::attr(const char* name, const std::string& value) {
  std::string scratch;
  check(xmlTextWriterWriteAttribute(w_, BAD_CAST name, clean(value, scratch)));
}
void XmlWriter::text(const std::string& value) {
  std::string scratch;
  check(xmlTextWriterWriteString(w_, clean(value, scratch)));
}

void XmlWriter::drain(std::ostream& out) {
  check(xmlTextWriterFlush(w_));
  out.write(reinterpret_cast<const char*>(xmlBufferContent(buf_)), xmlBufferLength(buf_));
  xmlBufferEmpty(buf_);
}

std::string XmlWriter::finish() {
  check(xmlTextWriterEndDocument(w_));
  xmlFreeTextWriter(w_);
  w_ = nullptr;
  return std::string(reinterpret_cast<const char*>(xmlBufferContent(buf_)), xmlBufferLength(buf_));
}

}  // namespace wngraph::detail
