// A weeknote: the unit every reader produces and every later stage consumes.
#pragma once

#include <string>
#include <vector>

namespace wngraph {

// A calendar date that may be partial: a week-commencing heading without a year
// gives month and day only. Zero means "not known"; nothing is ever invented.
struct Date {
  int year = 0;
  int month = 0;
  int day = 0;

  bool empty() const { return year == 0 && month == 0 && day == 0; }
  bool complete() const { return year && month && day; }
  // ISO 8601 where complete ("2020-03-02"), "--03-02" without a year,
  // "2020-03" or "2020" when coarser, "" when empty.
  std::string iso() const;
  // The date `days` later (complete dates only; others are returned as is).
  Date plus_days(int days) const;
  bool operator<(const Date& o) const;
  bool operator==(const Date& o) const;
};

struct Note {
  std::string id;      // stable: source, plus "#N" when one file holds several notes
  std::string source;  // path, URL, or "-" for standard input
  std::string title;
  std::string author;  // "" when no metadata names one
  // The document the note came from as a reader would name it: its file
  // name as words ("cio compilation"), else its date ("weeknote 2024-03-08",
  // "weeknotes from 2020-01-06" for a file of several), else its title's
  // first words; the same for every note of one document. Names the author
  // node when `author` is empty.
  std::string origin;
  Date date;
  std::string text;    // plain text; paragraphs separated by blank lines
  int first_line = 1;  // line of `source` where `text` starts, for messages
};

}  // namespace wngraph
