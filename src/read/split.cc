// Note holding several weeknotes -> Notes, each dated by its heading.
// Entry point: detail::split_weeknotes(). Tested by tests/reader_test.cc (Split cases).
#include "read/split.h"

#include <re2/re2.h>
#include <map>

#include "text.h"
#include "wngraph/reader.h"

namespace wngraph::detail {
namespace {

// A line that opens a weeknote and names its week.
const RE2& heading_re() {
  static const RE2 re(
      R"((?i)^\s*(?:#+\s*)?(?:Week ?notes?|Weeknote)s?\b[^\n]{0,20}?\b(?:w/c|w\.c\.|wc|week commencing|week beginning|week of|week ending|w/e)\s+[^\n]*)");
  return re;
}

// The year most often written in `text` (2000-2099), 0 if none; ties go to the latest.
int stated_year(const std::string& text) {
  static const RE2 year(R"((?:^|[^\d/])(20\d\d)(?:[^\d]|$))");
  std::map<int, int> counts;
  re2::StringPiece rest(text);
  int y = 0;
  while (RE2::FindAndConsume(&rest, year, &y)) ++counts[y];
  int best = 0, best_n = 0;
  for (auto [year_seen, n] : counts)
    if (n >= best_n) best = year_seen, best_n = n;
  return best;
}

}  // namespace

std::vector<Note> split_weeknotes(const Note& note) {
  struct Heading {
    size_t offset;
    std::string line;
  };
  std::vector<Heading> headings;
  size_t pos = 0;
  const std::string& text = note.text;
  while (pos < text.size()) {
    size_t end = text.find('\n', pos);
    if (end == std::string::npos) end = text.size();
    std::string line = text.substr(pos, end - pos);
    if (line.size() < 200 && RE2::PartialMatch(line, heading_re()) && !parse_date(line).empty())
      headings.push_back({pos, trim(line)});
    pos = end + 1;
  }

  const int file_year = stated_year(text);
  auto dated = [&](Date d, const std::string& body) {
    if (!d.year && d.month) {
      int own = stated_year(body);
      d.year = note.date.year ? note.date.year : own ? own : file_year;
    }
    return d;
  };

  if (headings.size() < 2) {
    Note one = note;
    if (headings.size() == 1 && trim(text.substr(0, headings[0].offset)).empty()) {
      if (one.title.empty() || one.title == headings[0].line) one.title = headings[0].line;
      if (one.date.empty()) one.date = dated(parse_date(headings[0].line), text);
    }
    return {one};
  }

  std::vector<Note> out;
  for (size_t i = 0; i < headings.size(); ++i) {
    size_t begin = headings[i].offset;
    size_t end = i + 1 < headings.size() ? headings[i + 1].offset : text.size();
    // Text before the first heading (a blog's preamble) belongs to the first note.
    if (i == 0) begin = 0;
    Note n = note;
    n.id = note.id + "#" + std::to_string(i + 1);
    n.title = headings[i].line;
    size_t body_start = text.find('\n', headings[i].offset);
    body_start = body_start == std::string::npos || body_start > end ? end : body_start + 1;
    n.text = trim(text.substr(begin, end - begin));
    n.date = dated(parse_date(headings[i].line), text.substr(body_start, end - body_start));
    n.first_line = note.first_line + line_of(text, headings[i].offset) - 1;
    out.push_back(std::move(n));
  }
  return out;
}

}  // namespace wngraph::detail
