// One function per subcommand, each defined in src/cli/<name>.cc.
#pragma once

#include "cli/cli.h"

namespace wngraph::cli {

Command export_command();
Command stats_command();
Command explain_command();
Command metrics_command();
Command map_command();
Command rules_command();
Command collect_command();
Command diff_command();

}  // namespace wngraph::cli
