// The string helpers every stage shares (src/text.h).
#include <gtest/gtest.h>

#include "text.h"

namespace wngraph::detail {
namespace {

TEST(Text, Helpers) {
  EXPECT_EQ(trim("  a b \n"), "a b");
  EXPECT_EQ(lower("Kay BROWN"), "kay brown");
  EXPECT_TRUE(iequals("LOTI", "loti"));
  EXPECT_EQ(split("a|b||c", '|'), (std::vector<std::string>{"a", "b", "", "c"}));
  EXPECT_EQ(join({"a", "b"}, "; "), "a; b");
  EXPECT_EQ(collapse_space("a  \t b\n c"), "a b c");
  EXPECT_EQ(collapse_space(" \v\fa\r\nb \xC2\xA0"
                           "c "),
            "a b \xC2\xA0"
            "c");  // ASCII spaces only, as isspace() in "C"
}

TEST(Text, WordShapes) {
  struct Case {
    std::string word;
    bool caps2, capitalised;
  };
  const Case cases[] = {
      {"LOTI", true, true}, {"DfE", false, true}, {"Kay", false, true}, {"kay", false, false}, {"A", false, true},
  };
  for (const auto& c : cases) {
    EXPECT_EQ(all_caps(c.word, 2), c.caps2) << c.word;
    EXPECT_EQ(is_capitalised(c.word), c.capitalised) << c.word;
  }
}

TEST(Text, CapitalsAndInitials) {
  struct Case {
    std::string word;
    size_t capitals;
    std::string initials;
  };
  const Case cases[] = {
      {"Stratford", 1, "S"},
      {"HackIT", 3, "H"},
      {"Centre for Acceleration of Social Technology", 4, "CAST"},
      {"the comms team", 0, ""},
  };
  for (const auto& c : cases) {
    EXPECT_EQ(capitals(c.word), c.capitals) << c.word;
    EXPECT_EQ(capital_initials(c.word), c.initials) << c.word;
  }
}

TEST(Text, StripAccents) {
  struct Case {
    std::string in, want;
  };
  const Case cases[] = {
      {"Gráinne", "Grainne"}, {"Siân", "Sian"}, {"Zoë", "Zoe"},
      {"Kay", "Kay"},         {"", ""},         {"Jose\xCC\x81", "Jose"},  // already decomposed
      {"Łukasz", "Łukasz"},  // a letter of its own, not a base and an accent
  };
  for (const auto& c : cases) EXPECT_EQ(strip_accents(c.in), c.want) << c.in;
}

TEST(Text, Utf8RepairAndPrintable) {
  EXPECT_TRUE(valid_utf8("José"));
  EXPECT_FALSE(valid_utf8("Jos\xe9"));
  EXPECT_TRUE(valid_utf8(repair_utf8("Jos\xe9")));
  EXPECT_EQ(printable("a\x1b[2Jb"), "a\\x1b[2Jb");
  EXPECT_EQ(line_of("a\nb\nc", 4), 3);
}

}  // namespace
}  // namespace wngraph::detail
