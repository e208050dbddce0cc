// Hashing text for the hash tables of the hot path: Abseil's string hash over
// a std::string_view. (absl::Hash<std::string_view> falls back to std::hash
// and then mixes again, as this Abseil's string_view is its own type.)
#pragma once

#include <string_view>

#include <absl/hash/hash.h>
#include <absl/strings/string_view.h>

namespace wngraph::detail {

inline size_t hash_text(std::string_view s) {
  return absl::Hash<absl::string_view>{}(absl::string_view(s.data(), s.size()));
}

// For tables keyed by std::string_view.
struct TextHash {
  size_t operator()(std::string_view s) const { return hash_text(s); }
};

}  // namespace wngraph::detail
