// HTML page -> article text and metadata, with libxml2's HTML parser.
#pragma once

#include <string>
#include <string_view>

#include "wngraph/note.h"

namespace wngraph::detail {

struct HtmlPage {
  std::string title;
  std::string author;
  Date date;
  std::string text;  // paragraphs separated by blank lines
};

// Never touches the network; scripts, styles, navigation, headers, footers and
// asides are left out. Prefers <article>, then <main>, then <body>.
HtmlPage read_html(std::string_view html, const std::string& source);

}  // namespace wngraph::detail
