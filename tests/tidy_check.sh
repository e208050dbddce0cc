#!/bin/bash
# clang-tidy with the project's .clang-tidy on every translation unit of the
# build (library, CLI, tests; benchmarks when built), warnings as errors.
#   tidy_check.sh BUILD_DIR SOURCE_DIR
set -euo pipefail
build=$1
src=$(realpath "$2")
test -f "$build/compile_commands.json" || { echo "no $build/compile_commands.json" >&2; exit 1; }
jobs=$(nproc 2>/dev/null || echo 2)
# GCC's -Wshadow=local is unknown to clang: not a finding.
log=$(mktemp)
trap 'rm -f "$log"' EXIT
if run-clang-tidy -p "$build" -j "$jobs" -quiet -extra-arg=-Wno-unknown-warning-option \
     "^$src/(src|exporters|tests|bench)/.*\.cc$" >"$log" 2>&1; then
  n=$(grep -c "^clang-tidy" "$log" || true)
  echo "ok   clang-tidy clean on $n files"
else
  grep -E "(warning|error):" "$log" | grep -v "^Error while processing" | sort -u | sed 's/\x1b\[[0-9;]*m//g' | head -50
  echo "FAIL clang-tidy found the above" >&2
  exit 1
fi
