// The table of subcommands. Adding a command: a file src/cli/<name>.cc with
// a <name>_command() returning {name, help, flags, run}, its line here and in
// commands.h, and a case in tests/cli_test.cc.
// Entry point: commands(). Tested by tests/cli_test.cc.
#include "cli/commands.h"

namespace wngraph::cli {

std::vector<Command> commands() {
  return {collect_command(), export_command(), stats_command(),   explain_command(),
          map_command(),     diff_command(),   metrics_command(), rules_command()};
}

}  // namespace wngraph::cli
