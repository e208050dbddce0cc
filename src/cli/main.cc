// The wngraph binary: everything lives in the library and src/cli/cli.cc.
#include "cli/cli.h"

int main(int argc, char** argv) {
  return wngraph::cli::run(argc, argv);
}
