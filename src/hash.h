// Content hashes: SHA-256 (OpenSSL) as lowercase hex, for the store's note
// hashes and the extraction cache's keys.
#pragma once

#include <memory>
#include <string>
#include <string_view>

namespace wngraph::detail {

class Sha256 {
 public:
  Sha256();
  ~Sha256();
  Sha256(const Sha256&) = delete;
  Sha256& operator=(const Sha256&) = delete;
  Sha256& bytes(std::string_view data);
  // Adds `data`; a field added this way is length-prefixed, so ("ab", "c")
  // and ("a", "bc") hash differently.
  Sha256& field(std::string_view data);
  Sha256& field(long long number);
  std::string hex();  // ends the hash

 private:
  struct State;
  std::unique_ptr<State> state_;
};

// The hash of `data` as it is (no length prefix).
std::string sha256_hex(std::string_view data);

}  // namespace wngraph::detail
