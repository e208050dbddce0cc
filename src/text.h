// Small UTF-8-aware string helpers shared by every stage.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace wngraph::detail {

// The "C" locale's isspace() (the program never sets another), without a
// call per byte.
inline bool ascii_space(char c) {
  return c == ' ' || (c >= '\t' && c <= '\r');
}
std::string trim(std::string_view s);
// trim() as a view of `s`.
inline std::string_view trim_view(std::string_view s) {
  size_t b = 0, e = s.size();
  while (b < e && ascii_space(s[b])) ++b;
  while (e > b && ascii_space(s[e - 1])) --e;
  return s.substr(b, e - b);
}
std::string lower(std::string_view s);  // ASCII letters only
// lower() into `out`, whose storage is reused.
void lower_into(std::string_view s, std::string& out);
// Whether `s` has an ASCII capital: when not, lower(s) == s.
inline bool has_ascii_upper(std::string_view s) {
  for (char c : s)
    if (c >= 'A' && c <= 'Z') return true;
  return false;
}
bool iequals(std::string_view a, std::string_view b);
// Inline: they run on every token, mostly with a literal of one or two bytes.
inline bool starts_with(std::string_view s, std::string_view prefix) {
  return s.substr(0, prefix.size()) == prefix;
}
inline bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}
std::vector<std::string> split(std::string_view s, char sep);
std::string join(const std::vector<std::string>& parts, std::string_view sep);
// Curly quotes -> straight, NBSP and other spaces -> ' ', dashes kept.
std::string normalise_punctuation(std::string_view s);
// Runs of white space -> one space, trimmed.
std::string collapse_space(std::string_view s);
// No lower-case ASCII letter and at least `min_letters` capitals ("LOTI").
bool all_caps(std::string_view word, int min_letters);
// How many ASCII capitals a word has ("Stratford" 1, "HackIT" 3).
size_t capitals(std::string_view word);
// The first letters of a name's capitalised words ("Centre for
// Acceleration of Social Technology" -> "CAST").
std::string capital_initials(std::string_view name);
// True if the first code point is an upper-case letter (ASCII or Latin).
bool is_capitalised(std::string_view word);
// Valid UTF-8? Readers reject or repair input that is not.
bool valid_utf8(std::string_view s);
// Replaces invalid UTF-8 bytes with U+FFFD.
std::string repair_utf8(std::string_view s);
// Unicode NFC (ICU): "José" typed as e + combining accent equals "José".
std::string nfc(std::string_view s);
// No byte outside ASCII.
bool ascii_only(std::string_view s);
// Latin letters without their accents ("Gráinne" -> "Grainne", "Siân" ->
// "Sian"): NFD (ICU), combining marks dropped. ASCII comes back as it is.
std::string strip_accents(std::string_view s);
// Text safe to print on a terminal: control characters (escape sequences
// included) written as \xNN, a newline as a space.
std::string printable(std::string_view s);

// 1-based line of byte `offset` in `s`.
int line_of(std::string_view s, size_t offset);

}  // namespace wngraph::detail
