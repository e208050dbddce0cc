// Error::describe(), unknown_name() and did_you_mean(): the located, one-line
// messages every command prints.
#include <gtest/gtest.h>

#include "wngraph/error.h"

namespace wngraph {
namespace {

TEST(Error, DescribeLeavesOutWhatIsEmpty) {
  struct Case {
    Error error;
    std::string want;
  };
  const Case cases[] = {
      {Error("bad thing"), "bad thing"},
      {Error("bad thing", "notes.md"), "notes.md: bad thing"},
      {Error("bad thing", "notes.md", 12), "notes.md:12: bad thing"},
      {Error("bad thing", "notes.md", 12, "the line"), "notes.md:12: bad thing: `the line`"},
      {Error("bad thing", "", 0, "two\nlines"), "bad thing: `two lines`"},
      {Error("bad thing", "", 0, std::string(70, 'x')), "bad thing: `" + std::string(60, 'x') + "...`"},
      // Control characters from the input never reach the terminal.
      {Error("bad \x1b[31mthing"), "bad \\x1b[31mthing"},
  };
  for (const auto& c : cases) EXPECT_EQ(c.error.describe(), c.want);
}

TEST(Error, UnknownNameListsFewChoicesAndSuggestsTheClosest) {
  struct Case {
    std::string what, given;
    std::vector<std::string> choices;
    std::string want;
  };
  const std::vector<std::string> many = {"a1", "b2", "c3", "d4", "e5", "f6", "g7", "h8", "i9"};
  const Case cases[] = {
      {"format", "graph", {"dot", "graphml"}, "unknown format 'graph' (valid: dot, graphml); did you mean 'graphml'?"},
      {"format", "csv", {"dot", "graphml"}, "unknown format 'csv' (valid: dot, graphml)"},
      {"node", "h9", many, "unknown node 'h9'; did you mean 'h8'?"},
      {"node", "zzzz", many, "unknown node 'zzzz'"},
      {"set", "$x", {}, "unknown set '$x'"},
  };
  for (const auto& c : cases) {
    EXPECT_EQ(unknown_name_message(c.what, c.given, c.choices), c.want);
    Error e = unknown_name(c.what, c.given, c.choices, "f.txt", 3);
    EXPECT_EQ(e.describe(), "f.txt:3: " + c.want);
  }
}

TEST(Error, DidYouMeanOnlyForPlausibleTypos) {
  struct Case {
    std::string given, want;
  };
  const Case cases[] = {
      {"grapml", "did you mean 'graphml'?"},  // one letter missing
      {"graph", "did you mean 'graphml'?"},   // a prefix
      {"jsnold", "did you mean 'jsonld'?"},   // transposition
      {"pdf", ""},                            // nothing close
      {"", ""},
  };
  for (const auto& c : cases) EXPECT_EQ(did_you_mean(c.given, {"dot", "graphml", "jsonld"}), c.want) << c.given;
}

}  // namespace
}  // namespace wngraph
