#include <gtest/gtest.h>

#include "cli/cli.h"

namespace wngraph::cli {
namespace {

TEST(Cli, TableHasEveryCommandWithHelp) {
  std::vector<std::string> names;
  for (const auto& c : commands()) {
    names.push_back(c.name);
    EXPECT_GT(std::string(c.help).size(), 10u);
    EXPECT_TRUE(c.flags);
    EXPECT_TRUE(c.run);
  }
  EXPECT_EQ(names, (std::vector<std::string>{"export", "stats", "explain", "metrics", "map", "rules"}));
}

TEST(Cli, UsageErrorsExitTwo) {
  const char* argv[] = {"wngraph", "export", "--no-such-flag", "x"};
  EXPECT_EQ(run(4, const_cast<char**>(argv)), kUsage);
}

TEST(Cli, BadInputExitsOne) {
  const char* argv[] = {"wngraph", "-q", "stats", "/no/such/place"};
  EXPECT_EQ(run(4, const_cast<char**>(argv)), kBadInput);
}

}  // namespace
}  // namespace wngraph::cli
