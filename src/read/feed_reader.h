// RSS 2.0 / Atom feed -> one Note per item or entry.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "wngraph/note.h"
#include "wngraph/reader.h"

namespace wngraph::detail {

// Throws Error(file:line, fragment) for malformed XML and for documents that
// declare entities (no expansion bombs). Never touches the network.
std::vector<Note> read_feed(std::string_view xml, const std::string& source, Format format);

// What a collector needs of a feed beside its notes: each item's id (the
// Note::id read_feed gives it), GUID and markup, and where the next page is.
struct FeedItem {
  std::string id;    // the item's link, else "source#N" (as Note::id)
  std::string guid;  // RSS <guid>, Atom <id>; "" when none
  std::string raw;   // the <item> or <entry> element as written
};
struct FeedPage {
  std::vector<FeedItem> items;
  // The next page: a <link rel="next"> (Atom, RFC 5005; Blogger), "" if none.
  std::string next;
  // Made by WordPress (<generator>), whose feeds page with ?paged=N.
  bool wordpress = false;
};
FeedPage read_feed_page(std::string_view xml, const std::string& source, Format format);

}  // namespace wngraph::detail
