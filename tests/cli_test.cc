#include <gtest/gtest.h>

#include <cstdlib>
#include <vector>

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
  EXPECT_EQ(names,
            (std::vector<std::string>{"collect", "export", "stats", "explain", "map", "diff", "metrics", "rules"}));
}

TEST(Cli, UsageErrorsExitTwo) {
  const char* argv[] = {"wngraph", "export", "--no-such-flag", "x"};
  EXPECT_EQ(run(4, const_cast<char**>(argv)), kUsage);
}

TEST(Cli, BadInputExitsOne) {
  const char* argv[] = {"wngraph", "-q", "stats", "/no/such/place"};
  EXPECT_EQ(run(4, const_cast<char**>(argv)), kBadInput);
}

// Runs a command line with $WNGRAPH_STORE naming a store that is not there.
int run_without_store(std::vector<const char*> argv) {
  ::setenv("WNGRAPH_STORE", "/no/such/store.db", 1);
  int rc = run(static_cast<int>(argv.size()), const_cast<char**>(argv.data()));
  ::unsetenv("WNGRAPH_STORE");
  return rc;
}

TEST(Cli, EveryCommandFailsCleanlyOnBadInput) {
  struct Case {
    std::vector<const char*> argv;
    int rc;
  };
  const Case cases[] = {
      {{"wngraph", "-q", "collect", "ftp://example.org/feed", "--store", "/no/such/folder/x.db"}, kBadInput},
      {{"wngraph", "-q", "export"}, kBadInput},  // no inputs and no store
      {{"wngraph", "-q", "stats", "--store", "/no/such/store.db"}, kBadInput},
      {{"wngraph", "-q", "explain", "Kay", "/no/such/place"}, kBadInput},
      {{"wngraph", "-q", "map", "-o", "x.txt", "/no/such/place"}, kBadInput},
      {{"wngraph", "-q", "diff", "/no/such/place"}, kBadInput},  // no --since
      {{"wngraph", "-q", "diff", "--since", "March", "/no/such/place"}, kBadInput},
      {{"wngraph", "-q", "metrics", "/no/such/file.graphml"}, kBadInput},
      {{"wngraph", "-q", "rules", "--store", "/no/such/store.db"}, kBadInput},
  };
  for (const auto& c : cases) EXPECT_EQ(run_without_store(c.argv), c.rc) << c.argv[2];
}

}  // namespace
}  // namespace wngraph::cli
