#!/bin/bash
# The binary end to end: help, version, errors with exit codes and exact
# messages, stdin input, atomic output, deterministic bytes.
#   e2e_test.sh WNGRAPH FIXTURES
set -u
bin=$1
fixtures=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
pass=0 fail=0
ok() { pass=$((pass + 1)); echo "ok   $1"; }
bad() { fail=$((fail + 1)); echo "FAIL $1"; }
expect() {  # expect NAME WANT_RC WANT_STDERR_SUBSTRING -- CMD...
  local name=$1 rc=$2 want=$3; shift 4
  local err; err=$("$@" 2>&1 >/dev/null); local got=$?
  if [ "$got" = "$rc" ] && [[ "$err" == *"$want"* ]]; then ok "$name"; else bad "$name (rc $got, stderr: $err)"; fi
}

for sub in export stats explain metrics map; do
  "$bin" "$sub" --help | grep -q "Usage:" && ok "$sub --help" || bad "$sub --help"
done
"$bin" --version | grep -q "^wngraph [0-9]" && ok "--version" || bad "--version"
expect "unknown format lists the valid ones" 1 "wngraph: unknown format 'graphm' (valid: dot, gexf, graphml, jsonld, neo4j); did you mean 'graphml'?" -- "$bin" export --format graphm "$fixtures/stress.md"
expect "missing input" 1 "wngraph: $tmp/nope: no such file or folder" -- "$bin" export "$tmp/nope"
expect "unknown relation" 1 "wngraph: unknown relation 'met'; did you mean 'met_with'?" -- "$bin" export --relation met "$fixtures/stress.md"
expect "no subcommand is a usage error" 2 "" -- "$bin"
printf '<rss version="2.0"><channel><item><title>x</title>\n<description>broken' > "$tmp/bad.xml"
expect "malformed feed names file:line" 1 "wngraph: $tmp/bad.xml:2: malformed feed:" -- "$bin" export -o "$tmp/out.graphml" "$tmp/bad.xml"
[ ! -e "$tmp/out.graphml" ] && ok "failed export leaves no output" || bad "failed export leaves no output"
echo "previous" > "$tmp/keep.graphml"
"$bin" export -o "$tmp/keep.graphml" "$tmp/bad.xml" 2>/dev/null
[ "$(cat "$tmp/keep.graphml")" = "previous" ] && ok "failed export keeps the old file" || bad "failed export keeps the old file"
[ -z "$(ls -A "$tmp" | grep '\.tmp')" ] && ok "no temporary files left" || bad "no temporary files left"

echo "I caught up with Kay Brown and Sam Jones from Made Tech." | "$bin" export --author "Ann Author" --format dot - > "$tmp/stdin.dot"
grep -q 'label="Kay Brown"' "$tmp/stdin.dot" && ok "reads standard input" || bad "reads standard input"
"$bin" export --format graphml -o "$tmp/a.graphml" "$fixtures" && "$bin" export --format graphml -o "$tmp/b.graphml" "$fixtures"
cmp -s "$tmp/a.graphml" "$tmp/b.graphml" && ok "output is byte-identical across runs" || bad "output is byte-identical across runs"
"$bin" stats "$fixtures" | grep -q "^nodes: " && ok "stats prints counts" || bad "stats prints counts"
"$bin" explain "Sam Jones" "$fixtures" | grep -q 'met_with' && ok "explain shows edges with evidence" || bad "explain shows edges"
expect "explain suggests a close name" 1 "wngraph: no node named 'Sam Jonse'; did you mean 'Sam Jones'?" -- "$bin" explain "Sam Jonse" "$fixtures"
expect "map needs a known extension" 1 "wngraph: $tmp/map.txt: map output must end in .html, .svg or .png" -- "$bin" map -o "$tmp/map.txt" "$fixtures"
expect "neo4j needs a folder" 1 "wngraph: this format writes a folder; name it with -o DIR" -- "$bin" export -f neo4j "$fixtures"
printf '<graphml xmlns="http://graphml.graphdrawing.org/xmlns"><graph edgedefault="undirected"><node id="a"/>\n<edge source="a" target="zz"/></graph></graphml>' > "$tmp/bad.graphml"
expect "metrics names an unknown node" 1 "wngraph: $tmp/bad.graphml:2: edge names an unknown node: \`a -> zz\`" -- "$bin" metrics "$tmp/bad.graphml" -o "$tmp/m.graphml"
expect "unknown betweenness mode" 1 "wngraph: unknown betweenness mode 'exactly'; did you mean 'exact'?" -- "$bin" stats --betweenness exactly "$fixtures"
"$bin" export -f neo4j -o "$tmp/neo" "$fixtures" && [ -f "$tmp/neo/import.cypher" ] && ok "neo4j folder written" || bad "neo4j folder written"
"$bin" export -f neo4j -o "$tmp/neo" "$fixtures" && [ -z "$(ls -A "$tmp" | grep -E '\.(tmp|old)')" ] && ok "re-export replaces the folder cleanly" || bad "re-export replaces the folder cleanly"
echo "$pass passed, $fail failed"
[ "$fail" = 0 ]
