// Note text -> sentences -> tokens.
// Entry points: detail::split_sentences(), detail::tokenize(). Tested by tests/tokens_test.cc.
#include "extract/tokens.h"

#include <absl/strings/ascii.h>

#include <algorithm>

#include "text.h"

namespace wngraph::detail {
namespace {

bool word_byte(unsigned char c) {
  return absl::ascii_isalnum(c) || c >= 0x80;
}

// A dash, a bullet or an ellipsis from Unicode's General Punctuation
// (U+2010-U+2027: "—", "–", "•", "…"), which no word holds; curly quotes
// (U+2018, U+2019) stay in words ("O’Neil").
bool general_punctuation(std::string_view s, size_t i) {
  if (i + 2 >= s.size() || static_cast<unsigned char>(s[i]) != 0xE2 || static_cast<unsigned char>(s[i + 1]) != 0x80)
    return false;
  const auto c = static_cast<unsigned char>(s[i + 2]);
  return c >= 0x90 && c <= 0xA7 && c != 0x98 && c != 0x99;
}

// Bytes of a bullet or dash that opens a list item.
size_t bullet_prefix(std::string_view s) {
  size_t i = 0;
  while (i < s.size() && s[i] == ' ') ++i;
  for (std::string_view b : {"\xE2\x80\xA2", "\xC2\xB7", "\xE2\x97\xA6", "\xE2\x96\xAA", "- ", "* "}) {
    if (s.substr(i, b.size()) == b) return i + b.size();
  }
  return 0;
}

bool abbreviation_before(std::string_view s, size_t dot) {
  size_t b = dot;
  while (b > 0 && absl::ascii_isalpha(static_cast<unsigned char>(s[b - 1]))) --b;
  std::string w = lower(s.substr(b, dot - b));
  static constexpr std::string_view abbrevs[] = {"dr",  "mr",  "mrs", "ms",  "st",  "cllr", "prof",   "e.g",
                                                 "i.e", "etc", "vs",  "c",   "no",  "cf",   "approx", "jan",
                                                 "feb", "mar", "apr", "jun", "jul", "aug",  "sep",    "sept",
                                                 "oct", "nov", "dec", "rev", "hon", "gov",  "inc",    "ltd"};
  for (std::string_view a : abbrevs)
    if (w == a) return true;
  // Single capital initials ("J. Smith").
  return dot - b == 1 && absl::ascii_isupper(static_cast<unsigned char>(s[b]));
}

// A picture's or an embed's caption ("A tweet from Digital Planning",
// "Photo by Kay Brown"): a short line, but no heading over what follows.
bool caption_line(std::string_view s) {
  static constexpr std::string_view kOpeners[] = {
      "a tweet ", "tweet from ", "tweet by ", "photo ", "photo:",      "photograph ", "image ",  "image:",
      "picture ", "picture:",    "pic ",      "pic:",   "screenshot ", "screenshot:", "caption:"};
  for (std::string_view o : kOpeners)
    if (s.size() > o.size() && iequals(s.substr(0, o.size()), o)) return true;
  return false;
}

}  // namespace

std::vector<Token> tokenize(std::string_view s) {
  std::vector<Token> out;
  out.reserve(s.size() / 3 + 4);
  size_t i = 0;
  // Inside 'single quotes' a final "s'" closes the quote ('digital
  // masterclass'), it is not a plural possessive.
  bool in_quote = false;
  while (i < s.size()) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (absl::ascii_isspace(c)) {  // spaces separate tokens and are none
      ++i;
      continue;
    }
    if ((word_byte(c) && !general_punctuation(s, i)) ||
        (c == '#' && i + 1 < s.size() && word_byte(static_cast<unsigned char>(s[i + 1])))) {
      size_t j = i + 1;
      while (j < s.size()) {
        unsigned char d = static_cast<unsigned char>(s[j]);
        if (word_byte(d) && !general_punctuation(s, j)) {
          ++j;
          continue;
        }
        // Joiners inside a word: Gov.Pay, Stoke-on-Trent, 1:1, O'Neil, Q&A, w/c,
        // a handle's kelly_data.
        if ((d == '.' || d == '-' || d == '\'' || d == ':' || d == '/' || d == '&' || d == '_') && j + 1 < s.size() &&
            word_byte(static_cast<unsigned char>(s[j + 1]))) {
          if (d == '&' && !(absl::ascii_isupper(static_cast<unsigned char>(s[j - 1])) &&
                            absl::ascii_isupper(static_cast<unsigned char>(s[j + 1])) && j - i <= 2))
            break;  // "Q&A", "H&F" join; "Benefits&Housing" does not.
          if (d == '.' && !(absl::ascii_isalpha(static_cast<unsigned char>(s[j + 1])) ||
                            absl::ascii_isdigit(static_cast<unsigned char>(s[j - 1]))))
            break;
          if (d == ':' && !(absl::ascii_isdigit(static_cast<unsigned char>(s[j - 1])) &&
                            absl::ascii_isdigit(static_cast<unsigned char>(s[j + 1]))))
            break;
          j += 2;
          continue;
        }
        break;
      }
      Token t{Token::kWord, s.substr(i, j - i)};
      if (ends_with(t.text, "'s") && t.text.size() > 2) {
        t.text.remove_suffix(2);
        t.possessive = true;
      } else if (j < s.size() && s[j] == '\'' && !in_quote &&
                 (j + 1 >= s.size() || !word_byte(static_cast<unsigned char>(s[j + 1]))) && ends_with(t.text, "s")) {
        t.possessive = true;  // plural possessive: "boroughs'"
        ++j;
      }
      out.push_back(t);
      i = j;
      continue;
    }
    // A footnote mark right after a word ("OneTeamGov[2]") is not text.
    if (c == '[' && i > 0 && word_byte(static_cast<unsigned char>(s[i - 1]))) {
      size_t j = i + 1;
      while (j < s.size() && j - i <= 4 && absl::ascii_isdigit(static_cast<unsigned char>(s[j]))) ++j;
      if (j > i + 1 && j < s.size() && s[j] == ']') {
        i = j + 1;
        continue;
      }
    }
    // Multi-byte punctuation (dashes, bullets) stays one token.
    size_t n = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : 4;
    if (c == '\'') {
      bool opening = (i == 0 || absl::ascii_isspace(static_cast<unsigned char>(s[i - 1])) || s[i - 1] == '(') &&
                     i + 1 < s.size() && word_byte(static_cast<unsigned char>(s[i + 1]));
      in_quote = opening ? true : false;
    }
    out.push_back({Token::kPunct, s.substr(i, n)});
    i += n;
  }
  return out;
}

std::vector<Sentence> split_sentences(std::string_view text) {
  std::vector<Sentence> out;
  size_t paragraph = 0;
  for (size_t from = 0; from <= text.size();) {
    size_t nl = text.find('\n', from);
    if (nl == std::string_view::npos) nl = text.size();
    const std::string_view raw_line = text.substr(from, nl - from);
    from = nl + 1;
    const std::string_view line = trim_view(raw_line);
    if (line.empty()) continue;
    size_t bp = bullet_prefix(line);
    bool bullet = bp > 0;
    const std::string_view body = trim_view(line.substr(bp));
    // Split on sentence ends in the normalised copy; positions map back to
    // `body` through a byte-offset table. A line of ASCII without '\r'
    // (most lines) is its own normalised copy, position for position.
    const bool plain = std::all_of(body.begin(), body.end(), [](char c) { return c > 0 && c != '\r'; });
    const std::string norm = plain ? std::string(body) : normalise_punctuation(body);
    std::vector<size_t> to_orig;
    if (!plain) {
      size_t oi = 0;
      to_orig.reserve(norm.size() + 1);
      // normalise_punctuation maps each code point to zero or more bytes;
      // normalising code point by code point rebuilds the offset table.
      while (oi < body.size()) {
        size_t n = 1;
        unsigned char c = static_cast<unsigned char>(body[oi]);
        // ASCII is kept as it is, but for '\r' (dropped).
        if (c < 0x80 && c != '\r') {
          to_orig.push_back(oi++);
          continue;
        }
        if (c >= 0x80) n = (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : 4;
        std::string piece = normalise_punctuation(body.substr(oi, n));
        for (size_t k = 0; k < piece.size(); ++k) to_orig.push_back(oi + (k < n ? k : n - 1));
        oi += n;
      }
      to_orig.push_back(body.size());
    }
    auto orig = [&](size_t k) { return plain ? k : to_orig[k]; };
    size_t start = 0;
    for (size_t i = 0; i < norm.size(); ++i) {
      char c = norm[i];
      if (c != '.' && c != '!' && c != '?') continue;
      size_t j = i + 1;
      while (j < norm.size() && (norm[j] == '.' || norm[j] == '!' || norm[j] == '?' || norm[j] == ')' ||
                                 norm[j] == '"' || norm[j] == '\''))
        ++j;
      if (j >= norm.size() || norm[j] != ' ') continue;
      size_t k = j;
      while (k < norm.size() && norm[k] == ' ') ++k;
      if (k >= norm.size()) continue;
      unsigned char next = static_cast<unsigned char>(norm[k]);
      if (!(absl::ascii_isupper(next) || absl::ascii_isdigit(next) || next == '"' || next == '\'' || next == '(' ||
            next >= 0x80))
        continue;
      if (c == '.' && abbreviation_before(norm, i)) continue;
      Sentence s;
      s.norm = trim(std::string_view(norm).substr(start, j - start));
      s.text = trim(body.substr(orig(start), orig(j) - orig(start)));
      s.paragraph = paragraph;
      s.bullet = bullet;
      if (!s.norm.empty()) out.push_back(std::move(s));
      start = k;
    }
    Sentence s;
    s.norm = trim(std::string_view(norm).substr(start));
    s.text = trim(body.substr(orig(start)));
    s.paragraph = paragraph;
    s.bullet = bullet;
    char last = s.norm.empty() ? '.' : s.norm.back();
    s.heading = !bullet && start == 0 && s.norm.size() < 120 && last != '.' && last != '!' && last != '?' &&
                last != ')' && last != ':' && last != '"' && !caption_line(s.norm);
    if (!s.norm.empty()) out.push_back(std::move(s));
    ++paragraph;
  }
  return out;
}

}  // namespace wngraph::detail
