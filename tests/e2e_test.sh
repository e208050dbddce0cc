#!/bin/bash
# The binary end to end: help, version, errors with exit codes and exact
# messages, stdin input, atomic output, deterministic bytes.
#   e2e_test.sh WNGRAPH FIXTURES
set -u
bin=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
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

for sub in export stats explain metrics map rules; do
  "$bin" "$sub" --help | grep -q "Usage:" && ok "$sub --help" || bad "$sub --help"
done
"$bin" --version | grep -q "^wngraph [0-9]" && ok "--version" || bad "--version"
expect "unknown format suggests the closest" 1 "wngraph: unknown format 'graphm'; did you mean 'graphml'?" -- "$bin" export --format graphm "$fixtures/stress.md"
expect "missing input" 1 "wngraph: $tmp/nope: no such file or folder" -- "$bin" export "$tmp/nope"
expect "unknown relation" 1 "wngraph: unknown relation 'met' (valid: met_with, presented_to, member_of, leads, part_of, partner_of, attended, mentioned_with); did you mean 'met_with'?" -- "$bin" export --relation met "$fixtures/stress.md"
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
expect "explain suggests a close name" 1 "wngraph: unknown node 'Sam Jonse'; did you mean 'Sam Jones'?" -- "$bin" explain "Sam Jonse" "$fixtures"
expect "map needs a known extension" 1 "wngraph: $tmp/map.txt: map output must end in .html, .svg or .png" -- "$bin" map -o "$tmp/map.txt" "$fixtures"
expect "neo4j needs a folder" 1 "wngraph: this format writes a folder; name it with -o DIR" -- "$bin" export -f neo4j "$fixtures"
printf '<graphml xmlns="http://graphml.graphdrawing.org/xmlns"><graph edgedefault="undirected"><node id="a"/>\n<edge source="a" target="zz"/></graph></graphml>' > "$tmp/bad.graphml"
expect "metrics names an unknown node" 1 "wngraph: $tmp/bad.graphml:2: edge names an unknown node: \`a -> zz\`" -- "$bin" metrics "$tmp/bad.graphml" -o "$tmp/m.graphml"
expect "unknown betweenness mode" 1 "wngraph: unknown betweenness mode 'exactly' (valid: auto, exact, approx); did you mean 'exact'?" -- "$bin" stats --betweenness exactly "$fixtures"
"$bin" export -f neo4j -o "$tmp/neo" "$fixtures" && [ -f "$tmp/neo/import.cypher" ] && ok "neo4j folder written" || bad "neo4j folder written"
"$bin" export -f neo4j -o "$tmp/neo" "$fixtures" && [ -z "$(ls -A "$tmp" | grep -E '\.(tmp|old)')" ] && ok "re-export replaces the folder cleanly" || bad "re-export replaces the folder cleanly"
# --- Outputs never destroy what the user did not name (issue 16) -------------
notes="$fixtures"
mkdir "$tmp/mine" && echo precious > "$tmp/mine/a.txt"
expect "neo4j refuses a folder it did not make" 1 "wngraph: $tmp/mine: output folder is not empty and was not made by wngraph; name a new or empty folder" -- "$bin" export -f neo4j -o "$tmp/mine" "$notes"
[ "$(cat "$tmp/mine/a.txt")" = precious ] && [ "$(ls -A "$tmp/mine")" = a.txt ] && ok "the user's folder is untouched" || bad "the user's folder is untouched"
cp -r "$notes" "$tmp/in" 2>/dev/null; before=$(ls -A "$tmp/in" | sort | md5sum)
expect "neo4j refuses the input folder's parent" 1 "wngraph: $tmp/in/..: output folder holds the input '$tmp/in'; name another folder" -- "$bin" export -f neo4j -o "$tmp/in/.." "$tmp/in"
expect "neo4j refuses the input folder" 1 "output folder holds the input" -- "$bin" export -f neo4j -o "$tmp/in" "$tmp/in"
[ "$(ls -A "$tmp/in" | sort | md5sum)" = "$before" ] && ok "the input folder is untouched" || bad "the input folder is untouched"
mkdir "$tmp/empty" && "$bin" export -f neo4j -o "$tmp/empty" "$notes" && [ -f "$tmp/empty/.wngraph-export" ] && ok "an empty folder takes the export, marked" || bad "an empty folder takes the export, marked"
"$bin" export -f neo4j -o "$tmp/empty" "$notes" && [ -f "$tmp/empty/import.cypher" ] && ok "a marked folder is replaced" || bad "a marked folder is replaced"
mkfifo "$tmp/fifo"; (cat "$tmp/fifo" > "$tmp/from-fifo") & reader=$!
"$bin" export -o "$tmp/fifo" "$notes" && wait $reader && [ -p "$tmp/fifo" ] && grep -q '<graphml' "$tmp/from-fifo" && ok "a FIFO is written through, not replaced" || bad "a FIFO is written through, not replaced"
if mknod "$tmp/null" c 1 3 2>/dev/null; then
  "$bin" export -o "$tmp/null" "$notes" && [ -c "$tmp/null" ] && ok "a device node is written through, not replaced" || bad "a device node is written through, not replaced"
else
  bad "a device node (mknod needs root; the test command runs as root)"
fi
echo victim > "$tmp/victim"; ln -s victim "$tmp/link"
"$bin" export -o "$tmp/link" "$notes" && [ -L "$tmp/link" ] && grep -q '<graphml' "$tmp/victim" && ok "a symlink output keeps the link, replaces its target" || bad "a symlink output keeps the link"
cp "$notes/stress.md" "$tmp/note.md"; sum=$(md5sum < "$tmp/note.md")
expect "output equal to an input is refused" 1 "wngraph: $tmp/note.md: output is the input '$tmp/note.md'; name another output" -- "$bin" export -o "$tmp/note.md" "$tmp/note.md"
expect "output that is a note of an input folder is refused" 1 "output is a note inside the input folder" -- "$bin" export -o "$tmp/in/stress.md" "$tmp/in"
[ "$(md5sum < "$tmp/note.md")" = "$sum" ] && ok "the input file is untouched" || bad "the input file is untouched"
mkdir "$tmp/png" && echo victim > "$tmp/victim2"
for t in map.png.tmp.png map.png.tmp.dot; do ln -s ../victim2 "$tmp/png/$t"; done
"$bin" map -o "$tmp/png/map.png" "$notes" && [ "$(cat "$tmp/victim2")" = victim ] && [ "$(head -c 4 "$tmp/png/map.png" | tail -c 3)" = PNG ] && ok "png map ignores planted temporary names" || bad "png map ignores planted temporary names"
touch "$tmp/.g.graphml.wngraph-tmp-999999999-abcdef"
"$bin" export -o "$tmp/g.graphml" "$notes" && [ ! -e "$tmp/.g.graphml.wngraph-tmp-999999999-abcdef" ] && ok "a dead run's temporary is cleared" || bad "a dead run's temporary is cleared"
expect "stats reports a failed standard output" 1 "wngraph: cannot write to standard output" -- sh -c "\"$bin\" stats \"$notes\" > /dev/full"
expect "explain reports a failed standard output" 1 "wngraph: cannot write to standard output" -- sh -c "\"$bin\" explain 'Sam Jones' \"$notes\" > /dev/full"
expect "too many threads is an error, not an abort" 1 "wngraph: --jobs must be between 0 (all cores) and 1024" -- "$bin" stats --threads 50000 "$notes"
echo '{"merge": {"Ann Lee": ["Bo Chan"], "Bo Chan": ["Ann Lee"]}}' > "$tmp/cycle.json"
expect "merge cycle is named" 1 "wngraph: $tmp/cycle.json: merges and renames form a cycle: 'Ann Lee' -> 'Bo Chan' -> 'Ann Lee'" -- "$bin" stats --aliases "$tmp/cycle.json" "$notes"
echo '{"rename": {"Kay": ""}}' > "$tmp/empty-name.json"
expect "rename to an empty name is refused" 1 "wngraph: $tmp/empty-name.json: empty name in 'rename'" -- "$bin" stats --aliases "$tmp/empty-name.json" "$notes"
[ -z "$(ls -A "$tmp" | grep 'wngraph-tmp')" ] && ok "no temporaries left behind" || bad "no temporaries left behind"
expect "unknown GEXF version, before any work" 1 "wngraph: unknown GEXF version '1.4' (valid: 1.2draft, 1.3); did you mean '1.3'?" -- "$bin" export -f gexf --gexf-version 1.4 /no/such/notes
"$bin" export -f gexf --gexf-version 1.3 -o "$tmp/g13.gexf" "$notes" && grep -q 'version="1.3"' "$tmp/g13.gexf" && grep -q 'type="date"' "$tmp/g13.gexf" && ok "gexf 1.3 types dates" || bad "gexf 1.3 types dates"

"$bin" export -f dot --edge-labels top 2 --drop-isolated -o "$tmp/big.dot" "$notes" &&
  [ "$(grep -c ' -> .*\[label=' "$tmp/big.dot")" = 2 ] && dot -Tsvg "$tmp/big.dot" -o /dev/null && ok "dot labels only the top edges and lays out" || bad "dot labels only the top edges"
"$bin" export -f dot --edge-labels none -o "$tmp/none.dot" "$notes" && [ "$(grep -c ' -> .*label=' "$tmp/none.dot")" = 0 ] && ok "dot --edge-labels none" || bad "dot --edge-labels none"
"$bin" export -f dot --edge-labels all "$notes" -o "$tmp/all.dot" && [ "$(grep -c ' -> .*label=' "$tmp/all.dot")" -gt 2 ] && ok "--edge-labels all, then the input" || bad "--edge-labels all, then the input"
expect "bad --edge-labels" 1 "wngraph: --edge-labels takes all, none or top N, not 'top x'" -- "$bin" export -f dot --edge-labels top x "$notes"

mkdir -p "$tmp/where/deep" && cp -r "$fixtures" "$tmp/where/notes"
for f in graphml gexf dot jsonld nquads turtle graphology cytoscape neo4j csv; do
  (cd "$tmp/where" && "$bin" export -f "$f" -o "$tmp/w1.$f" notes/) &&
  (cd "$tmp/where/deep" && "$bin" export -f "$f" -o "$tmp/w2.$f" ../notes) &&
  "$bin" export -f "$f" -o "$tmp/w3.$f" "$tmp/where/notes" &&
  diff -r "$tmp/w1.$f" "$tmp/w2.$f" >/dev/null && diff -r "$tmp/w1.$f" "$tmp/w3.$f" >/dev/null && ! grep -rq "$tmp" "$tmp/w1.$f" &&
    ok "$f: the same export from different working folders is byte-identical" ||
    bad "$f: the same export from different working folders is byte-identical"
done

# --- One bad file never loses the others (issue 16) ------------------------
mkdir "$tmp/mixed"
echo "I caught up with Kay Brown from Made Tech." > "$tmp/mixed/good.txt"
printf '<rss version="2.0"><channel><item><title>x</title>\n<description>broken' > "$tmp/mixed/bad.xml"
head -c 4000 /dev/urandom > "$tmp/mixed/random"
/usr/bin/python3 -c "open('$tmp/mixed/utf16.txt','wb').write('I met Sam Jones from Camden Council.'.encode('utf-16'))"
ln -s loop "$tmp/mixed/loop"
mkfifo "$tmp/mixed/fifo.txt"
"$bin" export -o "$tmp/mixed.graphml" "$tmp/mixed" 2> "$tmp/mixed.err"; rc=$?
[ $rc = 0 ] && grep -q 'Kay Brown' "$tmp/mixed.graphml" && grep -q 'Sam Jones' "$tmp/mixed.graphml" && ok "good and UTF-16 notes are read beside bad files" || bad "good and UTF-16 notes are read beside bad files (rc $rc)"
for want in "skipped $tmp/mixed/bad.xml:2: malformed feed:" "skipped $tmp/mixed/random: a binary file, not a note" \
            "skipped $tmp/mixed/loop: a loop of symbolic links" "skipped $tmp/mixed/fifo.txt: a special file (FIFO, device or socket), not a note" \
            "read 2 notes from 2 files; skipped 4 files (--strict makes this an error)"; do
  grep -qF "wngraph: $want" "$tmp/mixed.err" && ok "reported: $want" || bad "reported: $want ($(cat "$tmp/mixed.err"))"
done
expect "--strict fails on the first bad file" 1 "wngraph: $tmp/mixed/bad.xml:2: malformed feed:" -- "$bin" export --strict -o "$tmp/strict.graphml" "$tmp/mixed"
[ ! -e "$tmp/strict.graphml" ] && ok "--strict writes nothing" || bad "--strict writes nothing"
expect "/dev/zero is refused" 1 "wngraph: /dev/zero: a system file (/proc, /sys, /dev), not a note" -- "$bin" stats /dev/zero
expect "/proc files are refused" 1 "wngraph: /proc/self/mem: a system file (/proc, /sys, /dev), not a note" -- "$bin" stats /proc/self/mem
mkfifo "$tmp/aliases-fifo"
expect "a FIFO as --aliases is refused, not waited on" 1 "wngraph: $tmp/aliases-fifo: cannot read aliases file: not a regular file" -- timeout 10 "$bin" stats --aliases "$tmp/aliases-fifo" "$tmp/mixed/good.txt"
expect "a device as --gazetteer is refused" 1 "wngraph: /dev/zero: cannot read gazetteer: not a regular file" -- timeout 10 "$bin" stats --gazetteer /dev/zero "$tmp/mixed/good.txt"

# --- Options checked, nothing raw printed ----------------------------------
expect "map --width nan is refused" 1 "wngraph: --width and --height must be numbers from 100 to 100000" -- "$bin" map --width nan -o "$tmp/m.svg" "$notes"
expect "map --layout must be known" 1 "wngraph: unknown layout 'neat' (valid: sfdp, neato); did you mean 'neato'?" -- "$bin" map --layout neat -o "$tmp/m.svg" "$notes"
expect "map --since needs a whole date" 1 "wngraph: --since needs a whole date such as 2024-03-08: \`March\`" -- "$bin" map --since March -o "$tmp/m.svg" "$notes"
expect "escape sequences in a path are not printed raw" 1 'wngraph: no\x1b[2Jfile: no such file or folder' -- "$bin" export "no"$'\033'"[2Jfile"
printf 'I met Kay Brown from Made Tech about \033[31mred things.' > "$tmp/esc.txt"
"$bin" explain "Made Tech" "$tmp/esc.txt" | grep -q 'about \\x1b\[31mred things' && ! "$bin" explain "Made Tech" "$tmp/esc.txt" | grep -q $'\033' && ok "explain prints no escape sequence" || bad "explain prints no escape sequence"
printf 'Organisation\tFoo Bar Ltd\n' > "$tmp/g.tsv"
"$bin" stats --gazetteer "$tmp/g.tsv" "$notes" | grep -q '^notes: ' && ok "an input after --gazetteer FILE is read, not swallowed" || bad "an input after --gazetteer FILE is read"
printf '<graphml xmlns="http://graphml.graphdrawing.org/xmlns"><key id="w" for="edge" attr.name="weight" attr.type="double"/><graph edgedefault="undirected"><node id="a"/><node id="b"/>\n<edge source="a" target="b"><data key="w">nan</data></edge></graph></graphml>' > "$tmp/nan.graphml"
expect "NaN weights are a located error" 1 "wngraph: $tmp/nan.graphml:2: edge weight must be a finite number >= 0: \`nan\`" -- "$bin" metrics --weighted "$tmp/nan.graphml" -o "$tmp/nan-out.graphml"

/usr/bin/python3 -c "print('I met ' + ', '.join(f'Kay Brown{i}' for i in range(1000)) + ' and Sam Jones today.')" > "$tmp/names.txt"
timeout 20 "$bin" stats "$tmp/names.txt" > "$tmp/names.out" 2> "$tmp/names.err" && grep -q '^nodes: 1002$' "$tmp/names.out" &&
  grep -qF "wngraph: names.txt: sentence 1 (paragraph 1) names 1001 entities; kept as names, no relations read (limit 200)" "$tmp/names.err" &&
  ok "a sentence of 1,000 names: names kept, a warning, no quadratic blow-up" || bad "a sentence of 1,000 names ($(cat "$tmp/names.err"))"

# --- Rules: listed with how often each fired; a sentence traced ---------------
"$bin" rules "$notes" > "$tmp/rules.txt"
grep -qE '^meet\.cue +[1-9][0-9]* +[1-9]' "$tmp/rules.txt" && ok "rules counts matches and facts" || bad "rules counts matches and facts"
grep -qE '^partner\.in-partnership +0 +0' "$tmp/rules.txt" && ok "rules shows dead rules as 0" || bad "rules shows dead rules as 0"
"$bin" rules --sentence "I caught up with Kay Brown from Made Tech." > "$tmp/trace.txt"
grep -q '^(first person) i caught up with \[Person Kay Brown\] from \[Organisation Made Tech\] \.$' "$tmp/trace.txt" &&
  grep -q '^  member.from (relate member_of p o) p=Kay Brown o=Made Tech$' "$tmp/trace.txt" && ok "rules --sentence traces the matches" || bad "rules --sentence traces the matches ($(cat "$tmp/trace.txt"))"
printf 'rule my.rule\n  do relate met_wit p q\n  match {p:Person} met {q:Person}\n' > "$tmp/bad-rules.txt"
expect "a bad rules file names file, line and rule" 1 "wngraph: $tmp/bad-rules.txt:2: rule my.rule do: unknown relation 'met_wit' (valid: met_with, presented_to, member_of, leads, part_of, partner_of, attended, mentioned_with); did you mean 'met_with'?: \`do relate met_wit p q\`" -- "$bin" export --rules "$tmp/bad-rules.txt" "$notes"
"$bin" explain "Sam Jones" "$notes" | grep -qE '\[meet\.[a-z-]+' && ok "explain names the rule behind each edge" || bad "explain names the rule behind each edge"
echo "$pass passed, $fail failed"
[ "$fail" = 0 ]
