// Bytes -> SHA-256 hex, by OpenSSL's EVP interface.
// Entry points: Sha256, sha256_hex(). Tested by tests/store_test.cc (Hash cases).
#include "hash.h"

#include <openssl/evp.h>

#include <stdexcept>

namespace wngraph::detail {

struct Sha256::State {
  EVP_MD_CTX* ctx = EVP_MD_CTX_new();
  ~State() { EVP_MD_CTX_free(ctx); }
};

Sha256::Sha256() : state_(std::make_unique<State>()) {
  if (!state_->ctx || EVP_DigestInit_ex(state_->ctx, EVP_sha256(), nullptr) != 1)
    throw std::runtime_error("OpenSSL: cannot start SHA-256");
}

Sha256::~Sha256() = default;

Sha256& Sha256::bytes(std::string_view data) {
  EVP_DigestUpdate(state_->ctx, data.data(), data.size());
  return *this;
}

Sha256& Sha256::field(std::string_view data) {
  field(static_cast<long long>(data.size()));
  return bytes(data);
}

Sha256& Sha256::field(long long number) {
  unsigned char bytes[8];
  for (int i = 0; i < 8; ++i) bytes[i] = static_cast<unsigned char>(static_cast<unsigned long long>(number) >> (8 * i));
  EVP_DigestUpdate(state_->ctx, bytes, sizeof bytes);
  return *this;
}

std::string Sha256::hex() {
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int n = 0;
  EVP_DigestFinal_ex(state_->ctx, digest, &n);
  static const char* kHex = "0123456789abcdef";
  std::string out;
  for (unsigned int i = 0; i < n; ++i) {
    out += kHex[digest[i] >> 4];
    out += kHex[digest[i] & 15];
  }
  return out;
}

std::string sha256_hex(std::string_view data) {
  return Sha256().bytes(data).hex();
}

}  // namespace wngraph::detail
