// Feed XML -> Notes: RSS 2.0 items and Atom entries, HTML content parsed as HTML.
// Entry point: detail::read_feed(). Tested by tests/reader_test.cc (Feed cases).
#include "read/feed_reader.h"

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlsave.h>

#include <cstring>
#include <memory>

#include "read/html_reader.h"
#include "text.h"
#include "wngraph/error.h"
#include "xml_util.h"

namespace wngraph::detail {
namespace {

const char* ns(const xmlNode* n) {
  return n->ns && n->ns->href ? reinterpret_cast<const char*>(n->ns->href) : "";
}
bool is(const xmlNode* n, const char* name) {
  return is_element(n, name);
}
std::string content(const xmlNode* n) {
  return xml_content(n);
}

const xmlNode* child(const xmlNode* n, const char* name, const char* ns_contains = nullptr) {
  for (const xmlNode* c = n ? n->children : nullptr; c; c = c->next)
    if (is(c, name) && (!ns_contains || std::strstr(ns(c), ns_contains))) return c;
  return nullptr;
}

std::string attr(const xmlNode* n, const char* name) {
  return xml_attr(n, name);
}

// Nodes serialised back to markup.
std::string dump_xml(const xmlNode* first, bool siblings) {
  std::string out;
  xmlBufferPtr buf = xmlBufferCreate();
  for (const xmlNode* c = first; c; c = siblings ? c->next : nullptr) {
    xmlNodeDump(buf, c->doc, const_cast<xmlNode*>(c), 0, 0);
  }
  out.assign(reinterpret_cast<const char*>(xmlBufferContent(buf)), xmlBufferLength(buf));
  xmlBufferFree(buf);
  return out;
}

// Atom's type="xhtml" content is markup, not escaped text: serialise it back.
std::string inner_xml(const xmlNode* n) {
  return dump_xml(n->children, true);
}

std::string html_to_text(const std::string& html, const std::string& source) {
  if (html.find('<') == std::string::npos && html.find('&') == std::string::npos) return trim(html);
  return read_html("<html><body>" + html + "</body></html>", source).text;
}

Note make_note(const std::string& source, size_t index, const std::string& link, const std::string& title,
               const std::string& author, const std::string& date, const std::string& body) {
  Note n;
  n.source = source;
  n.id = link.empty() ? source + "#" + std::to_string(index + 1) : link;
  n.title = collapse_space(title);
  n.author = collapse_space(author);
  n.date = parse_date(date);
  n.text = html_to_text(body, source);
  return n;
}

// RSS 1.0 (rdf:RDF) keeps items beside the channel, not in it.
const xmlNode* rss_items_holder(const xmlNode* root) {
  const xmlNode* channel = child(root, "channel");
  return channel && child(channel, "item") ? channel : root;
}

std::string rss_link(const xmlNode* item) {
  std::string link = trim(content(child(item, "link")));
  return link.empty() ? trim(content(child(item, "guid"))) : link;
}

std::string atom_link(const xmlNode* e, const char* rel) {
  for (const xmlNode* c = e->children; c; c = c->next)
    if (is(c, "link") && (attr(c, "rel") == rel || (!*rel && attr(c, "rel") == "alternate"))) return attr(c, "href");
  return "";
}

std::string atom_entry_link(const xmlNode* e) {
  std::string link = atom_link(e, "");
  return link.empty() ? trim(content(child(e, "id"))) : link;
}

std::vector<Note> read_rss(const xmlNode* root, const std::string& source) {
  std::vector<Note> notes;
  const xmlNode* channel = child(root, "channel");
  const xmlNode* holder = rss_items_holder(root);
  std::string feed_author = content(child(channel, "creator", "purl.org/dc"));
  if (feed_author.empty()) feed_author = content(child(channel, "managingEditor"));
  size_t i = 0;
  for (const xmlNode* item = holder->children; item; item = item->next) {
    if (!is(item, "item")) continue;
    std::string author = content(child(item, "creator", "purl.org/dc"));
    if (author.empty()) author = content(child(item, "author"));
    if (author.empty()) author = feed_author;
    std::string date = content(child(item, "pubDate"));
    if (date.empty()) date = content(child(item, "date", "purl.org/dc"));
    std::string body = content(child(item, "encoded", "purl.org/rss/1.0/modules/content"));
    if (trim(body).empty()) body = content(child(item, "description"));
    notes.push_back(make_note(source, i++, rss_link(item), content(child(item, "title")), author, date, body));
  }
  return notes;
}

std::string atom_author(const xmlNode* n) {
  return content(child(child(n, "author"), "name"));
}

std::vector<Note> read_atom(const xmlNode* feed, const std::string& source) {
  std::vector<Note> notes;
  std::string feed_author = atom_author(feed);
  size_t i = 0;
  for (const xmlNode* e = feed->children; e; e = e->next) {
    if (!is(e, "entry")) continue;
    std::string author = atom_author(e);
    if (author.empty()) author = feed_author;
    std::string date = content(child(e, "published"));
    if (date.empty()) date = content(child(e, "updated"));
    const xmlNode* body = child(e, "content");
    if (!body || trim(content(body)).empty()) body = child(e, "summary");
    std::string text;
    if (body) text = attr(body, "type") == "xhtml" ? inner_xml(body) : content(body);
    notes.push_back(make_note(source, i++, atom_entry_link(e), content(child(e, "title")), author, date, text));
  }
  return notes;
}

}  // namespace

FeedPage read_feed_page(std::string_view xml, const std::string& source, Format format) {
  XmlDoc doc = parse_untrusted_xml(xml, source, "feed");
  const xmlNode* root = xmlDocGetRootElement(doc.get());
  if (!root) throw Error("empty feed", source);
  FeedPage page;
  bool atom = format == Format::kAtom;
  const xmlNode* channel = atom ? root : child(root, "channel");
  const xmlNode* holder = atom ? root : rss_items_holder(root);
  page.next = channel ? atom_link(channel, "next") : "";
  page.wordpress = content(child(channel, "generator")).find("wordpress.org") != std::string::npos;
  size_t i = 0;
  for (const xmlNode* item = holder->children; item; item = item->next) {
    if (!is(item, atom ? "entry" : "item")) continue;
    FeedItem fi;
    std::string link = atom ? atom_entry_link(item) : rss_link(item);
    fi.id = link.empty() ? source + "#" + std::to_string(i + 1) : link;
    fi.guid = trim(content(child(item, atom ? "id" : "guid")));
    fi.raw = dump_xml(item, false);
    page.items.push_back(std::move(fi));
    ++i;
  }
  return page;
}

std::vector<Note> read_feed(std::string_view xml, const std::string& source, Format format) {
  XmlDoc doc = parse_untrusted_xml(xml, source, "feed");
  const xmlNode* root = xmlDocGetRootElement(doc.get());
  if (!root) throw Error("empty feed", source);
  return format == Format::kAtom ? read_atom(root, source) : read_rss(root, source);
}

}  // namespace wngraph::detail
