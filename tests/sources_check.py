#!/usr/bin/env python3
"""The habits of the source tree, checked (issue 11):

- every .cc in src/ and exporters/ opens with a comment saying what it turns
  into what, its entry point, and the tests that cover it ("Tested by" or
  "Tested through"), and every test file it names exists;
- every source file is listed in CMakeLists.txt (nothing globbed, nothing
  forgotten);
- docs/cli.md names every command and docs/formats.md every export format the
  binary offers.

  sources_check.py --root DIR --wngraph BIN
"""
import argparse
import os
import re
import subprocess
import sys

failures = []


def fail(msg):
    failures.append(msg)
    print("FAIL " + msg)


def header_comment(path):
    lines = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            if not line.startswith("//"):
                break
            lines.append(line[2:].strip())
    return " ".join(lines)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--root", required=True)
    ap.add_argument("--wngraph", required=True)
    a = ap.parse_args()
    root = a.root
    sources = []
    for top in ("src", "exporters"):
        for d, _, files in os.walk(os.path.join(root, top)):
            for f in files:
                if f.endswith((".cc", ".h")):
                    sources.append(os.path.relpath(os.path.join(d, f), root))
    sources.sort()
    cmake = open(os.path.join(root, "CMakeLists.txt"), encoding="utf-8").read()
    checked = 0
    for rel in sources:
        text = header_comment(os.path.join(root, rel))
        if not text:
            fail(f"{rel}: no opening comment saying what it is")
            continue
        if not rel.endswith(".cc"):
            continue
        checked += 1
        if rel != "src/cli/main.cc" and not re.search(r"[Ee]ntry points?:", text):
            fail(f"{rel}: the opening comment names no entry point")
        if rel != "src/cli/main.cc" and not re.search(r"Tested (by|through)", text):
            fail(f"{rel}: the opening comment names no test")
        for t in re.findall(r"tests/[\w/.-]*\w", text):
            if not os.path.exists(os.path.join(root, t)):
                fail(f"{rel}: names {t}, which does not exist")
        if rel not in cmake:
            fail(f"{rel}: not listed in CMakeLists.txt")
    print(f"     checked the opening comments of {checked} .cc files")

    help_text = subprocess.run([a.wngraph, "--help"], capture_output=True, text=True, check=True).stdout
    commands = re.findall(r"^\s{2}(\w+)\s{2,}", help_text.split("SUBCOMMANDS:")[-1], re.M)
    if not commands:
        fail("no commands found in wngraph --help")
    cli_doc = open(os.path.join(root, "docs/cli.md"), encoding="utf-8").read()
    for c in commands:
        if not re.search(r"wngraph " + c + r"\b", cli_doc):
            fail(f"docs/cli.md does not document the command '{c}'")
    print(f"ok   docs/cli.md documents the {len(commands)} commands: {', '.join(commands)}")
    export_help = subprocess.run([a.wngraph, "export", "--help"], capture_output=True, text=True,
                                 check=True).stdout
    m = re.search(r"Output format: ([\w|]+)", export_help)
    formats = m.group(1).split("|") if m else []
    if not formats:
        fail("no formats found in wngraph export --help")
    formats_doc = open(os.path.join(root, "docs/formats.md"), encoding="utf-8").read()
    for f in formats:
        if not re.search(r"`" + f + r"`|--format " + f + r"\b|-f " + f + r"\b", formats_doc):
            fail(f"docs/formats.md does not document the format '{f}'")
    print(f"ok   docs/formats.md documents the {len(formats)} formats: {', '.join(formats)}")
    if failures:
        print(f"{len(failures)} failure(s)")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
