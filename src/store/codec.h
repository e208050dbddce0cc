// A NoteExtraction as bytes and back, for the store's extraction cache: a
// compact length-prefixed encoding, versioned by its first byte.
#pragma once

#include <string>
#include <string_view>

#include "wngraph/extract.h"

namespace wngraph::detail {

std::string encode_extraction(const NoteExtraction& extraction);
// Throws Error("corrupt cached extraction") for bytes encode_extraction did
// not make (a truncated or foreign value).
NoteExtraction decode_extraction(std::string_view bytes);

}  // namespace wngraph::detail
