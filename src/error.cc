// Error formatting and "did you mean" suggestions.
// Entry points: Error::describe(), did_you_mean(). Tested by tests/error_test.cc.
#include "wngraph/error.h"

#include <algorithm>
#include <vector>

#include "text.h"

namespace wngraph {

std::string Error::describe() const {
  std::string out;
  if (!file_.empty()) {
    out += file_;
    if (line_ > 0) out += ":" + std::to_string(line_);
    out += ": ";
  }
  out += what();
  if (!fragment_.empty()) {
    std::string frag = fragment_.substr(0, 60);
    std::replace(frag.begin(), frag.end(), '\n', ' ');
    out += ": `" + frag + (fragment_.size() > 60 ? "...`" : "`");
  }
  return detail::printable(out);
}

namespace {
size_t edit_distance(const std::string& a, const std::string& b) {
  std::vector<size_t> row(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    size_t diag = row[0];
    row[0] = i;
    for (size_t j = 1; j <= b.size(); ++j) {
      size_t up = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diag + (a[i - 1] != b[j - 1])});
      diag = up;
    }
  }
  return row[b.size()];
}
}  // namespace

std::string did_you_mean(const std::string& given, const std::vector<std::string>& choices) {
  std::string best;
  size_t best_d = std::string::npos;
  for (const auto& c : choices) {
    size_t d = edit_distance(given, c);
    // A prefix ("graph" for "graphml") is as good as a small typo.
    if (!given.empty() && c.rfind(given, 0) == 0) d = std::min<size_t>(d, 1);
    if (d < best_d) best_d = d, best = c;
  }
  // Suggest only what is plausibly a typo: at most a third of the word wrong.
  if (best.empty() || best_d > std::max<size_t>(2, given.size() / 3)) return "";
  return "did you mean '" + best + "'?";
}

std::string unknown_name_message(const std::string& what, const std::string& given,
                                 const std::vector<std::string>& choices) {
  constexpr size_t kListed = 8;  // more than this and the list is noise
  std::string out = "unknown " + what + " '" + given + "'";
  if (!choices.empty() && choices.size() <= kListed) {
    out += " (valid: ";
    for (size_t i = 0; i < choices.size(); ++i) out += (i ? ", " : "") + choices[i];
    out += ")";
  }
  std::string hint = did_you_mean(given, choices);
  return hint.empty() ? out : out + "; " + hint;
}

Error unknown_name(const std::string& what, const std::string& given, const std::vector<std::string>& choices,
                   std::string file, int line, std::string fragment) {
  return Error(unknown_name_message(what, given, choices), std::move(file), line, std::move(fragment));
}

std::string did_you_mean(const std::string& given, const std::initializer_list<std::string>& choices) {
  return did_you_mean(given, std::vector<std::string>(choices));
}

}  // namespace wngraph
