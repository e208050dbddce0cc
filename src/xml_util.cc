// Untrusted XML bytes -> a libxml2 tree (entities refused); elements ->
// attributes and text; a memory XmlWriter. Used by src/read/feed_reader.cc,
// src/graph/graphml_metrics.cc, exporters/graphml.cc and exporters/gexf.cc.
// Entry points: detail::parse_untrusted_xml(), detail::XmlWriter. Tested by
// tests/xml_util_test.cc and through the readers' and exporters' tests.
#include "xml_util.h"

#include <libxml/parser.h>

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

XmlDoc parse_untrusted_xml(std::string_view xml, const std::string& source, const char* what, int extra_options) {
  if (size_t at = xml.find("<!ENTITY"); at != std::string_view::npos) {
    std::string_view rest = xml.substr(at);
    throw Error(std::string(what) + " declares entities; refusing to expand them", source, line_of(xml, at),
                std::string(rest.substr(0, rest.find('\n'))));
  }
  std::unique_ptr<xmlParserCtxt, decltype(&xmlFreeParserCtxt)> ctxt(xmlNewParserCtxt(), xmlFreeParserCtxt);
  if (!ctxt) throw Error(std::string("out of memory parsing ") + what, source);
  int opts = XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING | extra_options;
  XmlDoc doc(xmlCtxtReadMemory(ctxt.get(), xml.data(), static_cast<int>(xml.size()), source.c_str(), nullptr, opts),
             xmlFreeDoc);
  if (!doc || !ctxt->wellFormed) {
    const xmlError* err = &ctxt->lastError;
    int line = err->line > 0 ? err->line : 1;
    auto lines = split(xml, '\n');
    throw Error(std::string("malformed ") + what + ": " + lower(err->message ? trim(err->message) : "malformed xml"),
                source, line, line - 1 < static_cast<int>(lines.size()) ? trim(lines[line - 1]) : "");
  }
  return doc;
}

namespace {
std::string clean(const std::string& s) {
  std::string out;
  for (unsigned char c : s)
    if (c >= 0x20 || c == '\n' || c == '\t') out += static_cast<char>(c);
  return out;
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
  check(xmlTextWriterWriteAttribute(w_, BAD_CAST name, BAD_CAST clean(value).c_str()));
}
void XmlWriter::text(const std::string& value) {
  check(xmlTextWriterWriteString(w_, BAD_CAST clean(value).c_str()));
}

std::string XmlWriter::finish() {
  check(xmlTextWriterEndDocument(w_));
  xmlFreeTextWriter(w_);
  w_ = nullptr;
  return std::string(reinterpret_cast<const char*>(xmlBufferContent(buf_)), xmlBufferLength(buf_));
}

}  // namespace wngraph::detail
