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

}  // namespace wngraph::detail
