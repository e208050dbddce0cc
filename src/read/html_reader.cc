// HTML bytes -> HtmlPage (article text, title, author, date).
// Entry point: detail::read_html(). Tested by tests/reader_test.cc (HtmlPage cases).
#include "read/html_reader.h"

#include <climits>

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

#include <cstring>
#include <memory>

#include "text.h"
#include "wngraph/reader.h"
#include "xml_util.h"

namespace wngraph::detail {
namespace {

using Doc = std::unique_ptr<xmlDoc, decltype(&xmlFreeDoc)>;

const char* name_of(const xmlNode* n) {
  return reinterpret_cast<const char*>(n->name);
}

std::string attr(const xmlNode* n, const char* name) {
  return xml_attr(n, name);
}

bool is(const xmlNode* n, const char* name) {
  return n->type == XML_ELEMENT_NODE && strcasecmp(name_of(n), name) == 0;
}

bool skipped(const xmlNode* n) {
  static const char* names[] = {"script", "style",  "nav",    "header", "footer",   "aside",  "noscript",
                                "form",   "button", "iframe", "svg",    "template", "select", "head"};
  for (const char* s : names)
    if (is(n, s)) return true;
  std::string role = attr(n, "role");
  return role == "navigation" || role == "banner" || role == "contentinfo" || role == "complementary";
}

bool is_block(const xmlNode* n) {
  static const char* names[] = {"p",  "div", "h1",     "h2",         "h3",      "h4",      "h5",         "h6",  "li",
                                "ul", "ol",  "br",     "tr",         "section", "article", "blockquote", "pre", "table",
                                "dd", "dt",  "figure", "figcaption", "hr",      "main",    "body"};
  for (const char* s : names)
    if (is(n, s)) return true;
  return false;
}

// Appends the visible text under `n`, a blank line around block elements.
void collect_text(const xmlNode* n, std::string& out) {
  for (const xmlNode* c = n->children; c; c = c->next) {
    if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) {
      const char* t = reinterpret_cast<const char*>(c->content);
      if (!t) continue;
      for (const char* p = t; *p; ++p) out += (*p == '\n' || *p == '\t' || *p == '\r') ? ' ' : *p;
    } else if (c->type == XML_ELEMENT_NODE && !skipped(c)) {
      bool block = is_block(c);
      if (block) out += "\n\n";
      if (is(c, "li")) out += "\xE2\x80\xA2 ";  // a bullet, as list items read in text notes
      collect_text(c, out);
      if (block) out += "\n\n";
    }
  }
}

const xmlNode* find_first(const xmlNode* n, const char* name) {
  for (const xmlNode* c = n; c; c = c->next) {
    if (is(c, name)) return c;
    if (c->type == XML_ELEMENT_NODE && !is(c, "script") && !is(c, "style")) {
      if (const xmlNode* f = find_first(c->children, name)) return f;
    }
  }
  return nullptr;
}

const xmlNode* find_by_role(const xmlNode* n, const char* role) {
  for (const xmlNode* c = n; c; c = c->next) {
    if (c->type != XML_ELEMENT_NODE) continue;
    if (attr(c, "role") == role) return c;
    if (const xmlNode* f = find_by_role(c->children, role)) return f;
  }
  return nullptr;
}

std::string node_text(const xmlNode* n) {
  xmlChar* t = xmlNodeGetContent(n);
  if (!t) return "";
  std::string s = collapse_space(reinterpret_cast<char*>(t));
  xmlFree(t);
  return s;
}

void read_meta(const xmlNode* n, HtmlPage& page, std::string& meta_title) {
  for (const xmlNode* c = n; c; c = c->next) {
    if (c->type != XML_ELEMENT_NODE) continue;
    if (is(c, "meta")) {
      std::string key = lower(attr(c, "name") + attr(c, "property") + attr(c, "itemprop"));
      std::string content = trim(attr(c, "content"));
      if (content.empty()) continue;
      if (page.author.empty() &&
          (key == "author" || key == "article:author" || key == "dc.creator" || key == "twitter:creator"))
        page.author = content;
      if (page.date.empty() && (key == "article:published_time" || key == "date" || key == "dc.date" ||
                                key == "datepublished" || key == "pubdate" || key == "dcterms.created"))
        page.date = parse_date(content);
      if (meta_title.empty() && key == "og:title") meta_title = content;
    } else if (is(c, "time") && page.date.empty()) {
      std::string dt = attr(c, "datetime");
      page.date = parse_date(dt.empty() ? node_text(c) : dt);
    }
    if (!is(c, "script") && !is(c, "style")) read_meta(c->children, page, meta_title);
  }
}

// Keeps paragraphs: collapses spaces within lines, one blank line between.
std::string tidy_paragraphs(const std::string& raw) {
  std::string out;
  for (const auto& line : split(raw, '\n')) {
    std::string t = collapse_space(line);
    if (t.empty() || t == "\xE2\x80\xA2") continue;
    if (!out.empty()) out += "\n\n";
    out += t;
  }
  return out;
}

}  // namespace

HtmlPage read_html(std::string_view html, const std::string& source) {
  HtmlPage page;
  if (html.size() > static_cast<size_t>(INT_MAX)) throw Error("html page is larger than 2 GiB; not read", source);
  // NONET: never fetch; the HTML parser loads no external entities or DTDs.
  int opts = HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_RECOVER;
  Doc doc(htmlReadMemory(html.data(), static_cast<int>(html.size()), source.c_str(),
                         valid_utf8(html) ? "UTF-8" : nullptr, opts),
          xmlFreeDoc);
  if (!doc) return page;
  const xmlNode* root = xmlDocGetRootElement(doc.get());
  if (!root) return page;

  std::string meta_title;
  read_meta(root, page, meta_title);
  if (const xmlNode* t = find_first(root, "title")) page.title = node_text(t);
  if (page.title.empty()) page.title = meta_title;

  const xmlNode* body = find_first(root, "article");
  if (!body) body = find_first(root, "main");
  if (!body) body = find_by_role(root, "main");
  if (!body) body = find_first(root, "body");
  if (!body) body = root;
  std::string raw;
  collect_text(body, raw);
  page.text = tidy_paragraphs(raw);
  if (page.title.empty())
    if (const xmlNode* h = find_first(root, "h1")) page.title = node_text(h);
  return page;
}

}  // namespace wngraph::detail
