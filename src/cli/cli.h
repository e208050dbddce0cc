// The command line: the table of subcommands and run(). Each command lives in
// its own file (src/cli/<name>.cc) as {name, help, flags, run}, like ninja's
// tools; src/cli/commands.cc lists them. Only this layer formats errors and
// picks exit codes.
#pragma once

#include <functional>
#include <vector>

namespace CLI {
class App;
}

namespace wngraph::cli {

// Exit codes (docs/cli.md).
constexpr int kOk = 0;
constexpr int kBadInput = 1;  // unreadable or malformed input, unwritable output, an unknown name
constexpr int kUsage = 2;     // bad flags or arguments
constexpr int kInternal = 3;  // an error wngraph did not expect: a bug, or out of memory

// What every command gets besides its own flags.
struct Context {
  int verbosity = 0;  // -v: +1 each, --quiet: -1
};

struct Command {
  const char* name;
  const char* help;
  // Declares the command's flags on its subcommand, bound to the command's
  // own options.
  std::function<void(CLI::App& sub)> flags;
  // Runs the command once its flags are parsed; returns the exit code and
  // throws wngraph::Error for bad input.
  std::function<int(const Context& context)> run;
};

// The subcommands, in --help order, each with fresh options.
std::vector<Command> commands();

// Parses argv, runs the chosen command, reports errors; returns the exit code.
int run(int argc, char** argv);

}  // namespace wngraph::cli
