// OPML -> feed URLs. Entry points: looks_like_opml(), read_opml(). Tested by
// tests/collect_test.cc (Opml cases) and tests/collect_check.py.
#include "collect/opml.h"

#include <libxml/tree.h>

#include <set>

#include "text.h"
#include "wngraph/error.h"
#include "xml_util.h"

namespace wngraph::detail {

bool looks_like_opml(std::string_view content) {
  // The root element is the first tag that is not a declaration, comment or
  // processing instruction.
  for (size_t at = content.find('<'); at != std::string_view::npos; at = content.find('<', at + 1)) {
    if (at + 1 < content.size() && (content[at + 1] == '?' || content[at + 1] == '!')) continue;
    return content.substr(at + 1, 4) == "opml" &&
           (at + 5 >= content.size() || !std::isalnum(static_cast<unsigned char>(content[at + 5])));
  }
  return false;
}

std::vector<std::string> read_opml(std::string_view content, const std::string& source) {
  XmlDoc doc = parse_untrusted_xml(content, source, "OPML");
  std::vector<std::string> urls;
  std::set<std::string> seen;
  // Iterative walk: nesting depth never becomes stack depth.
  std::vector<const xmlNode*> todo{xmlDocGetRootElement(doc.get())};
  while (!todo.empty()) {
    const xmlNode* n = todo.back();
    todo.pop_back();
    if (!n) continue;
    if (is_element(n, "outline")) {
      std::string url = trim(xml_attr(n, "xmlUrl"));
      if (!url.empty() && seen.insert(url).second) urls.push_back(url);
    }
    std::vector<const xmlNode*> children;
    for (const xmlNode* c = n->children; c; c = c->next)
      if (c->type == XML_ELEMENT_NODE) children.push_back(c);
    todo.insert(todo.end(), children.rbegin(), children.rend());
  }
  if (urls.empty()) throw Error("an OPML list with no feed (no outline has an xmlUrl)", source);
  return urls;
}

}  // namespace wngraph::detail
