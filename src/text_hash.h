// Text in Abseil's hash tables on the hot path: Abseil's string hash over a
// std::string_view, and lookups by a view. (absl::Hash<std::string_view> falls back to std::hash
// and then mixes again, as this Abseil's string_view is its own type.)
#pragma once

#include <string_view>

#include <absl/hash/hash.h>
#include <absl/strings/string_view.h>

namespace wngraph::detail {

// The same text as Abseil's string_view: what Abseil's tables keyed by
// std::string are asked with, without a copy.
inline absl::string_view absl_view(std::string_view s) {
  return {s.data(), s.size()};
}

inline size_t hash_text(std::string_view s) {
  return absl::Hash<absl::string_view>{}(absl_view(s));
}

// For tables keyed by std::string_view.
struct TextHash {
  size_t operator()(std::string_view s) const { return hash_text(s); }
};

}  // namespace wngraph::detail
