// OPML subscription lists -> the feed URLs they name.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace wngraph::detail {

// Whether `content` is an OPML document (its root element is <opml>).
bool looks_like_opml(std::string_view content);

// The xmlUrl of every <outline>, nested ones included, in document order,
// each once. Parsed as untrusted XML; throws Error(source:line) when
// malformed, and when the list names no feed.
std::vector<std::string> read_opml(std::string_view content, const std::string& source);

}  // namespace wngraph::detail
