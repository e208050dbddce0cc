#!/bin/bash
# Every C++ source and header is formatted as .clang-format says (issue 11):
# clang-format --dry-run -Werror, so a formatting slip fails the test command.
#   format_check.sh SOURCE_DIR
set -euo pipefail
cd "$1"
mapfile -t files < <(find src exporters include tests bench -path tests/js -prune -o \( -name '*.cc' -o -name '*.h' \) -print | sort)
clang-format --dry-run -Werror "${files[@]}"
echo "ok   ${#files[@]} files formatted as .clang-format says"
