#include <gtest/gtest.h>

#include "wngraph/reader.h"

namespace wngraph {
namespace {

struct DateCase {
  const char* text;
  const char* iso;
};

TEST(ParseDate, Forms) {
  const DateCase cases[] = {
      {"2020-05-01", "2020-05-01"},
      {"2020-05-01T10:00:00Z", "2020-05-01"},
      {"2020 05 01 — Weeknotes", "2020-05-01"},
      {"Fri, 01 May 2020 10:00:00 +0000", "2020-05-01"},
      {"Weeknotes w/c 16 July 2018", "2018-07-16"},
      {"Weeknote w/c 2 March: an exciting development", "--03-02"},
      {"Weeknote w/c 6 & 13 January: a double dose", "--01-06"},
      {"July 16, 2018", "2018-07-16"},
      {"1st September 2021", "2021-09-01"},
      {"31 February 2020", ""},
      {"Maybe next week", ""},
      {"", ""},
  };
  for (const auto& c : cases) EXPECT_EQ(parse_date(c.text).iso(), c.iso) << c.text;
}

TEST(Date, OrdersPartialBeforeComplete) {
  Date a{0, 3, 2}, b{2020, 1, 1};
  EXPECT_TRUE(a < b);
  EXPECT_EQ((Date{2020, 3, 0}).iso(), "2020-03");
}

TEST(Date, PlusDaysAcrossMonthsYearsAndLeapDays) {
  EXPECT_EQ((Date{2020, 2, 24}).plus_days(6).iso(), "2020-03-01");
  EXPECT_EQ((Date{2019, 2, 24}).plus_days(6).iso(), "2019-03-02");
  EXPECT_EQ((Date{2019, 12, 30}).plus_days(6).iso(), "2020-01-05");
  EXPECT_EQ((Date{2000, 2, 28}).plus_days(1).iso(), "2000-02-29");
  EXPECT_EQ((Date{0, 3, 2}).plus_days(6).iso(), "--03-02");  // partial: unchanged
}

}  // namespace
}  // namespace wngraph
