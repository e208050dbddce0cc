// argv -> the chosen Command; errors -> one line on stderr and an exit code.
// Entry point: cli::run(). Tested by tests/cli_test.cc and tests/e2e_test.sh.
#include "cli/cli.h"

#include <iostream>
#include <map>
#include <new>

#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>
#include <CLI/CLI.hpp>

#include "wngraph/error.h"

namespace wngraph::cli {

int run(int argc, char** argv) {
  Context context;
  CLI::App app{"wngraph: turn weeknotes into a knowledge graph"};
  app.name("wngraph");
  app.set_version_flag("--version", "wngraph " WNGRAPH_VERSION);
  app.add_flag(
      "-v,--verbose", [&](int64_t n) { context.verbosity += static_cast<int>(n); }, "Say more (repeatable)");
  app.add_flag(
      "-q,--quiet", [&](int64_t) { context.verbosity = -1; }, "Only errors");
  app.require_subcommand(1);
  app.footer("Exit codes: 0 done, 1 bad input or output, 2 usage, 3 internal error (docs/cli.md).");

  std::vector<Command> table = commands();
  std::map<CLI::App*, const Command*> chosen;
  for (const auto& cmd : table) {
    CLI::App* sub = app.add_subcommand(cmd.name, cmd.help);
    cmd.flags(*sub);
    chosen[sub] = &cmd;
  }

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    // --help and --version exit 0; every other parse error is a usage error.
    return app.exit(e) == 0 ? kOk : kUsage;
  }

  auto logger = spdlog::get("wngraph");
  if (!logger) logger = spdlog::stderr_color_mt("wngraph");
  logger->set_pattern("wngraph: %v");
  spdlog::set_default_logger(logger);
  spdlog::set_level(context.verbosity < 0    ? spdlog::level::err
                    : context.verbosity == 0 ? spdlog::level::warn
                    : context.verbosity == 1 ? spdlog::level::info
                                             : spdlog::level::debug);
  for (auto& [sub, cmd] : chosen) {
    if (!sub->parsed()) continue;
    try {
      return cmd->run(context);
    } catch (const Error& e) {
      std::cerr << "wngraph: " << e.describe() << "\n";
      return kBadInput;
    } catch (const std::bad_alloc&) {
      std::cerr << "wngraph: out of memory\n";
      return kInternal;
    } catch (const std::exception& e) {
      std::cerr << "wngraph: internal error: " << e.what() << "\n";
      return kInternal;
    }
  }
  return kUsage;
}

}  // namespace wngraph::cli
