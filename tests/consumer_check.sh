#!/bin/bash
# Installs the built project into a temporary prefix, then configures, builds
# and runs tests/consumer against it with find_package(wngraph) (issue 11).
#   consumer_check.sh BUILD_DIR SOURCE_DIR
set -euo pipefail
build=$1
src=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cmake --install "$build" --prefix "$tmp/prefix" >"$tmp/install.log" || { cat "$tmp/install.log"; exit 1; }
test -f "$tmp/prefix/lib/cmake/wngraph/wngraphConfig.cmake" || test -f "$tmp/prefix/lib/$(gcc -dumpmachine)/cmake/wngraph/wngraphConfig.cmake"
cmake -S "$src/tests/consumer" -B "$tmp/build" -DCMAKE_PREFIX_PATH="$tmp/prefix" >"$tmp/configure.log" 2>&1 ||
  { cat "$tmp/configure.log"; exit 1; }
cmake --build "$tmp/build" >"$tmp/build.log" 2>&1 || { tail -n 40 "$tmp/build.log"; exit 1; }
out=$("$tmp/build/consumer")
echo "$out"
case "$out" in
  *"graphml names Kay Brown"*) ;;
  *) echo "FAIL: the consumer's GraphML does not name Kay Brown" >&2; exit 1 ;;
esac
echo "ok   a program built with find_package(wngraph) against the installed package ran"
