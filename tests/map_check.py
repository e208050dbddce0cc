#!/usr/bin/python3
"""The stakeholder map as a person sees it, in headless Chromium.

Builds the map of the seeds (and the ego map around one node), opens the page
with #selftest in Debian's chromium, and reads back what the page found: one
SVG circle and line per node and edge, a search that finds a node, a click
that lists evidence sentences, the top labels with no overlap, and no request
made (the page's Content-Security-Policy forbids any, and the page counts
resource loads). Also: the SVG parses, the PNG is drawn, a screenshot of the
page is written to the build tree. Prints 'N passed, N failed'.
"""
import argparse
import json
import os
import re
import subprocess
import sys
import tempfile

from checklib import check, finish


CHROMIUM = ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def selftest(page, profile):
    r = subprocess.run(CHROMIUM + [f"--user-data-dir={profile}", "--virtual-time-budget=5000", "--dump-dom",
                                   "file://" + page + "#selftest"], capture_output=True, text=True, timeout=120)
    m = re.search(r'<pre id="selftest">([^<]*)</pre>', r.stdout)
    return json.loads(m.group(1)) if m and m.group(1) else None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--wngraph", required=True)
    ap.add_argument("--seeds", required=True)
    ap.add_argument("--screenshot", required=True)
    a = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        page = os.path.join(tmp, "map.html")
        subprocess.run([a.wngraph, "map", a.seeds, "-o", page], check=True)
        html = open(page, encoding="utf-8").read()
        check("page declares a CSP that forbids every request", "default-src 'none'" in html)
        check("page has no src= or href= at all", not re.search(r"\b(src|href)\s*=", html))
        r = selftest(page, os.path.join(tmp, "profile"))
        check("chromium ran the page's self-check", r is not None)
        if r:
            check(f"one circle per node ({r['dataNodes']})", r["nodes"] == r["dataNodes"] > 0, str(r))
            check(f"one line per edge ({r['dataEdges']})", r["edges"] == r["dataEdges"] > 0, str(r))
            check("search finds a node", r["searchFound"] is True, str(r))
            check("clicking a node shows its evidence sentences", r.get("clickEvidence", 0) > 0, str(r))
            check(f"top {r['labels']} labels placed, none overlapping", r["labels"] == min(30, r["dataNodes"]) and
                  r["labelOverlaps"] == 0, str(r))
            check("no request left the file", r["resources"] == 0, str(r))
        shot = subprocess.run(CHROMIUM + [f"--user-data-dir={os.path.join(tmp, 'profile2')}", "--hide-scrollbars",
                                          "--window-size=1600,1000", f"--screenshot={a.screenshot}",
                                          "file://" + page], capture_output=True, text=True, timeout=120)
        check(f"screenshot written to {a.screenshot}", os.path.exists(a.screenshot) and
              os.path.getsize(a.screenshot) > 20000, shot.stderr[-300:])

        svg = os.path.join(tmp, "map.svg")
        subprocess.run([a.wngraph, "map", a.seeds, "-o", svg], check=True)
        x = subprocess.run(["xmllint", "--noout", svg], capture_output=True, text=True)
        check("svg is well-formed XML", x.returncode == 0, x.stderr[-300:])
        check("svg has a legend", 'id="legend"' in open(svg, encoding="utf-8").read())
        png = os.path.join(tmp, "map.png")
        p = subprocess.run([a.wngraph, "map", a.seeds, "-o", png], capture_output=True, text=True)
        check("png drawn with graphviz", p.returncode == 0 and open(png, "rb").read(8) == b"\x89PNG\r\n\x1a\n", p.stderr)

        ego = os.path.join(tmp, "ego.html")
        subprocess.run([a.wngraph, "map", a.seeds, "--ego", "Hackney", "--depth", "1", "-o", ego], check=True)
        r2 = selftest(ego, os.path.join(tmp, "profile3"))
        check("ego map is smaller and holds the centre", r2 is not None and 0 < r2["dataNodes"] < r["dataNodes"] and
              '"label":"Hackney"' in open(ego, encoding="utf-8").read(), str(r2))
    finish()


if __name__ == "__main__":
    main()
