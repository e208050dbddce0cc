// Strings -> trimmed, split, lower-cased, repaired, printable strings: the
// helpers readers, extraction and exporters share. Entry points: src/text.h.
// Tested by tests/text_test.cc, and through tests/reader_test.cc and
// tests/extract_test.cc.
#include "text.h"

#include <cstdio>
#include <optional>

#include <absl/strings/ascii.h>

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

namespace wngraph::detail {

std::string trim(std::string_view s) {
  return std::string(trim_view(s));
}

std::string lower(std::string_view s) {
  std::string out;
  lower_into(s, out);
  return out;
}

void lower_into(std::string_view s, std::string& out) {
  out.assign(s);
  for (auto& c : out) c = static_cast<char>(absl::ascii_tolower(static_cast<unsigned char>(c)));
}

bool iequals(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i)
    if (absl::ascii_tolower(static_cast<unsigned char>(a[i])) != absl::ascii_tolower(static_cast<unsigned char>(b[i])))
      return false;
  return true;
}

std::vector<std::string> split(std::string_view s, char sep) {
  std::vector<std::string> out;
  size_t start = 0;
  for (;;) {
    size_t pos = s.find(sep, start);
    out.emplace_back(s.substr(start, pos == std::string_view::npos ? std::string_view::npos : pos - start));
    if (pos == std::string_view::npos) break;
    start = pos + 1;
  }
  return out;
}

std::string join(const std::vector<std::string>& parts, std::string_view sep) {
  std::string out;
  for (size_t i = 0; i < parts.size(); ++i) {
    if (i) out += sep;
    out += parts[i];
  }
  return out;
}

std::string normalise_punctuation(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size(); ++i) {
    auto u = [&](size_t k) { return static_cast<unsigned char>(s[k]); };
    if (u(i) == 0xE2 && i + 2 < s.size() && u(i + 1) == 0x80) {
      unsigned char c = u(i + 2);
      if (c == 0x98 || c == 0x99 || c == 0xB2) {
        out += '\'';
        i += 2;
        continue;
      }  // ‘ ’ ′
      if (c == 0x9C || c == 0x9D) {
        out += '"';
        i += 2;
        continue;
      }  // “ ”
      if (c >= 0x80 && c <= 0x8A) {
        out += ' ';
        i += 2;
        continue;
      }  // en/em spaces
      if (c == 0xAF) {
        out += ' ';
        i += 2;
        continue;
      }  // narrow NBSP
    }
    if (u(i) == 0xC2 && i + 1 < s.size() && u(i + 1) == 0xA0) {
      out += ' ';
      ++i;
      continue;
    }  // NBSP
    if (s[i] == '\r') continue;
    out += s[i];
  }
  return out;
}

std::string collapse_space(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  bool space = false;
  for (char c : s) {
    // (This runs over every note's text.)
    if (ascii_space(c)) {
      space = !out.empty();
    } else {
      if (space) out += ' ';
      space = false;
      out += c;
    }
  }
  return out;
}

bool is_capitalised(std::string_view w) {
  if (w.empty()) return false;
  unsigned char c = static_cast<unsigned char>(w[0]);
  if (c < 0x80) return absl::ascii_isupper(c);
  // Latin-1 Supplement and Latin Extended-A capitals (À-Þ, and even code points
  // of Ā-ž are capitals) cover the names weeknotes use.
  if (w.size() >= 2 && c == 0xC3) {
    unsigned char d = static_cast<unsigned char>(w[1]);
    return d >= 0x80 && d <= 0x9E && d != 0x97;
  }
  if (w.size() >= 2 && (c == 0xC4 || c == 0xC5)) return (static_cast<unsigned char>(w[1]) & 1) == 0;
  return false;
}

namespace {
// Length of the valid UTF-8 sequence at s[i], or 0.
size_t utf8_len(std::string_view s, size_t i) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  size_t n = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
  if (n == 0 || i + n > s.size()) return 0;
  if (n == 2 && c < 0xC2) return 0;  // overlong
  for (size_t k = 1; k < n; ++k)
    if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return 0;
  if (n == 3) {
    unsigned char d = static_cast<unsigned char>(s[i + 1]);
    if (c == 0xE0 && d < 0xA0) return 0;   // overlong
    if (c == 0xED && d >= 0xA0) return 0;  // surrogates
  }
  if (n == 4) {
    unsigned char d = static_cast<unsigned char>(s[i + 1]);
    if ((c == 0xF0 && d < 0x90) || c > 0xF4 || (c == 0xF4 && d >= 0x90)) return 0;
  }
  return n;
}
}  // namespace

bool valid_utf8(std::string_view s) {
  for (size_t i = 0; i < s.size();) {
    size_t n = utf8_len(s, i);
    if (!n) return false;
    i += n;
  }
  return true;
}

std::string repair_utf8(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size();) {
    size_t n = utf8_len(s, i);
    if (n) {
      out.append(s.substr(i, n));
      i += n;
    } else {
      out += "\xEF\xBF\xBD";
      ++i;
    }
  }
  return out;
}

bool ascii_only(std::string_view s) {
  bool ascii = true;
  for (unsigned char c : s) ascii &= c < 0x80;
  return ascii;
}

namespace {

// `s` normalised by ICU's NFC or NFD (`nfd`), as UTF-16, or nullopt when ICU
// fails.
std::optional<icu::UnicodeString> normalised(std::string_view s, bool nfd) {
  UErrorCode err = U_ZERO_ERROR;
  const icu::Normalizer2* n = nfd ? icu::Normalizer2::getNFDInstance(err) : icu::Normalizer2::getNFCInstance(err);
  if (U_FAILURE(err)) return std::nullopt;
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), static_cast<int32_t>(s.size())));
  icu::UnicodeString out = n->normalize(u, err);
  if (U_FAILURE(err)) return std::nullopt;
  return out;
}

std::string utf8(const icu::UnicodeString& u) {
  std::string r;
  u.toUTF8String(r);
  return r;
}

}  // namespace

std::string nfc(std::string_view s) {
  // Pure ASCII is already NFC: skip ICU on the common case.
  if (ascii_only(s)) return std::string(s);
  auto out = normalised(s, false);
  return out ? utf8(*out) : std::string(s);
}

std::string strip_accents(std::string_view s) {
  if (ascii_only(s)) return std::string(s);
  auto decomposed = normalised(s, true);
  if (!decomposed) return std::string(s);
  icu::UnicodeString out;
  for (int32_t i = 0; i < decomposed->length();) {
    UChar32 c = decomposed->char32At(i);
    if (u_charType(c) != U_NON_SPACING_MARK) out.append(c);
    i += U16_LENGTH(c);
  }
  return utf8(out);
}

int line_of(std::string_view s, size_t offset) {
  int line = 1;
  for (size_t i = 0; i < offset && i < s.size(); ++i) line += s[i] == '\n';
  return line;
}

bool all_caps(std::string_view word, int min_letters) {
  int letters = 0;
  for (unsigned char c : word) {
    if (absl::ascii_islower(c)) return false;
    letters += absl::ascii_isupper(c) != 0;
  }
  return letters >= min_letters;
}

size_t capitals(std::string_view word) {
  size_t n = 0;
  for (unsigned char c : word) n += absl::ascii_isupper(c) != 0;
  return n;
}

std::string capital_initials(std::string_view name) {
  std::string out;
  for (const auto& w : split(name, ' '))
    if (!w.empty() && absl::ascii_isupper(static_cast<unsigned char>(w[0]))) out += w[0];
  return out;
}

std::string printable(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (char ch : s) {
    unsigned char c = static_cast<unsigned char>(ch);
    if (c == '\n') {
      out += ' ';
    } else if (c < 0x20 || c == 0x7f) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\x%02x", c);
      out += buf;
    } else {
      out += ch;
    }
  }
  return out;
}

}  // namespace wngraph::detail
