// Small helpers over libxml2's tree and text writer, shared by the readers
// and the XML exporters.
#pragma once

#include <libxml/tree.h>
#include <libxml/xmlwriter.h>

#include <iosfwd>
#include <memory>
#include <string>
#include <string_view>

namespace wngraph::detail {

using XmlDoc = std::unique_ptr<xmlDoc, decltype(&xmlFreeDoc)>;

// Parses XML from outside: no network (NONET), no entity substitution (no
// NOENT), no DTD loading, libxml2's amplification limits on (no HUGE); a
// document that declares entities is refused outright. `what` names the kind
// of document in messages ("feed", "graphml"). Throws Error(source:line,
// fragment) for malformed XML.
XmlDoc parse_untrusted_xml(std::string_view xml, const std::string& source, const char* what, int extra_options = 0);

bool is_element(const xmlNode* n, const char* name);       // exact, case-sensitive
std::string xml_attr(const xmlNode* n, const char* name);  // "" when absent
std::string xml_content(const xmlNode* n);                 // all text below n

// An indenting xmlTextWriter into memory. XML 1.0 cannot carry most control
// characters even escaped, so text and attributes are cleaned of them.
class XmlWriter {
 public:
  XmlWriter();
  ~XmlWriter();
  XmlWriter(const XmlWriter&) = delete;
  XmlWriter& operator=(const XmlWriter&) = delete;
  void start(const char* element);
  void end();
  void attr(const char* name, const std::string& value);
  void text(const std::string& value);
  // Moves what is written so far to `out`: a big document never sits whole
  // in the writer's buffer.
  void drain(std::ostream& out);
  std::string finish();  // ends the document, returns its bytes (after any drained)

 private:
  xmlBufferPtr buf_;
  xmlTextWriterPtr w_;
};

}  // namespace wngraph::detail
