// Text -> Date: the date forms of weeknote headings, front matter and feeds.
// Entry point: parse_date(). Tested by tests/date_test.cc.
#include <re2/re2.h>
#include <cctype>
#include <cstdio>

#include "read/date.h"
#include "text.h"
#include "wngraph/note.h"
#include "wngraph/reader.h"

namespace wngraph {

std::string Date::iso() const {
  char buf[32];
  if (year && month && day)
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
  else if (!year && month && day)
    std::snprintf(buf, sizeof buf, "--%02d-%02d", month, day);
  else if (year && month)
    std::snprintf(buf, sizeof buf, "%04d-%02d", year, month);
  else if (year)
    std::snprintf(buf, sizeof buf, "%04d", year);
  else
    return "";
  return buf;
}

namespace {
// Days since 1970-01-01 of a proleptic Gregorian date, and back: years are
// counted from March so the leap day ends the year (era = 400 years).
long days_from_civil(int y, int m, int d) {
  y -= m <= 2;
  long era = (y >= 0 ? y : y - 399) / 400;
  long yoe = y - era * 400;
  long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}
Date civil_from_days(long z) {
  z += 719468;
  long era = (z >= 0 ? z : z - 146096) / 146097;
  long doe = z - era * 146097;
  long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  long mp = (5 * doy + 2) / 153;
  int d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  int m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  int y = static_cast<int>(yoe + era * 400 + (m <= 2));
  return {y, m, d};
}
}  // namespace

Date Date::plus_days(int days) const {
  if (!complete()) return *this;
  return civil_from_days(days_from_civil(year, month, day) + days);
}

bool Date::operator<(const Date& o) const {
  if (year != o.year) return year < o.year;
  if (month != o.month) return month < o.month;
  return day < o.day;
}
bool Date::operator==(const Date& o) const {
  return year == o.year && month == o.month && day == o.day;
}

int detail::month_number(std::string_view word) {
  static constexpr std::string_view names[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                               "jul", "aug", "sep", "oct", "nov", "dec"};
  if (word.size() < 3) return 0;
  for (int i = 0; i < 12; ++i)
    if (detail::iequals(word.substr(0, 3), names[i])) {
      // Accept "Mar", "March", "Sept", but not "Marching" or "Maybe".
      static constexpr std::string_view full[] = {"january",   "february", "march",    "april",
                                                  "may",       "june",     "july",     "august",
                                                  "september", "october",  "november", "december"};
      if (word.size() == 3 || detail::iequals(word, full[i]) || (i == 8 && detail::iequals(word, "sept"))) return i + 1;
      return 0;
    }
  return 0;
}

namespace {

bool valid(int y, int m, int d) {
  static const int days[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m < 1 || m > 12 || d < 1 || d > days[m - 1]) return false;
  if (y && (y < 1900 || y > 2200)) return false;
  if (y && m == 2 && d == 29 && !((y % 4 == 0 && y % 100 != 0) || y % 400 == 0)) return false;
  return true;
}

}  // namespace

Date parse_date(std::string_view input) {
  // A date is short: only the start of a long value is looked at, and RE2
  // runs in time linear in that (no backtracking, no recursion).
  std::string s = detail::normalise_punctuation(input.substr(0, 512));
  // ISO 8601 (also the start of an RFC 3339 timestamp), or "2020 05 01".
  static const RE2 iso(R"((?:^|\D)((?:19|20|21)\d\d)[-/ .](\d{1,2})[-/ .](\d{1,2})(?:\D|$))");
  int y = 0, mo = 0, d = 0;
  if (RE2::PartialMatch(s, iso, &y, &mo, &d) && valid(y, mo, d)) return {y, mo, d};
  // "16 July 2018", "Fri, 01 May 2020 10:00:00 +0000", "w/c 2 March", "6 & 13 January".
  static const RE2 dmy(
      R"((?:^|[^\d])(\d{1,2})(?:st|nd|rd|th)?(?:\s*(?:&|and|-)\s*\d{1,2}(?:st|nd|rd|th)?)?\s+([A-Za-z]{3,9})\.?,?(?:\s+((?:19|20|21)\d\d))?(?:\b|$))");
  re2::StringPiece rest(s);
  std::string day, month, year;
  while (RE2::FindAndConsume(&rest, dmy, &day, &month, &year)) {
    int m = detail::month_number(month);
    if (!m) continue;
    int yy = year.empty() ? 0 : std::stoi(year), dd = std::stoi(day);
    if (valid(yy, m, dd)) return {yy, m, dd};
  }
  // "July 16, 2018", "July 16th 2018".
  static const RE2 mdy(R"(\b([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+((?:19|20|21)\d\d)\b)");
  rest = re2::StringPiece(s);
  while (RE2::FindAndConsume(&rest, mdy, &month, &day, &year)) {
    int m = detail::month_number(month);
    if (!m) continue;
    int yy = std::stoi(year), dd = std::stoi(day);
    if (valid(yy, m, dd)) return {yy, m, dd};
  }
  return {};
}

}  // namespace wngraph
