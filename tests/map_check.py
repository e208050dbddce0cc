#!/usr/bin/python3
"""The stakeholder map as a person sees it, in headless Chromium, and as
measured on its SVG (issue 14).

Builds the map of the seeds plus examples/notes (and an ego map and a
"since" map), opens the page with #selftest in Debian's chromium, and reads
back what the page found: one SVG circle and line per node and edge, a search
that finds a node, a click that lists evidence sentences, every name on
hover, labelled controls, the week slider changing what is shown, labels with
no overlap, and no request made (the page's Content-Security-Policy forbids
any, and the page counts resource loads). On the SVG (tests/map_geometry.py):
no node piled on its component's bounding box or outside the frame, no two
nodes overlapping, no label over another or over a node, fewer edge
crossings than the Boost Fruchterman-Reingold layout drew on this input
(431 when the issue was filed), the 60 most central nodes labelled. Also: the
SVG parses, the PNG is drawn, screenshots of the three maps are written to
the build tree. Prints 'N passed, N failed'.
"""
import argparse
import json
import os
import re
import subprocess
import sys
import tempfile

from checklib import check, finish
import map_geometry


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
    ap.add_argument("--examples", required=True, help="examples/notes: with the seeds, the issue's graph")
    ap.add_argument("--screenshots", required=True, help="folder for seeds-map.png, ego-map.png, since-map.png")
    a = ap.parse_args()
    os.makedirs(a.screenshots, exist_ok=True)

    def screenshot(page, name, profile):
        path = os.path.join(a.screenshots, name)
        shot = subprocess.run(CHROMIUM + [f"--user-data-dir={profile}", "--hide-scrollbars", "--window-size=1600,1000",
                                          f"--screenshot={path}", "file://" + page],
                              capture_output=True, text=True, timeout=120)
        check(f"screenshot written to {path}", os.path.exists(path) and os.path.getsize(path) > 20000,
              shot.stderr[-300:])

    with tempfile.TemporaryDirectory() as tmp:
        page = os.path.join(tmp, "map.html")
        subprocess.run([a.wngraph, "map", a.seeds, a.examples, "-o", page], check=True)
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
            check(f"{r['labels']} labels in the page, none overlapping", r["labels"] >= 60 and
                  r["labelOverlaps"] == 0, str(r))
            check("no request left the file", r["resources"] == 0, str(r))
            check("an unlabelled node's name shows on hover", r.get("hoverLabel") is True, str(r))
            check("every control has a label", r["labelledControls"] is True, str(r))
            check(f"the week slider replays {r['weeks']} weeks: the first shows less than the last",
                  r["weeks"] > 0 and 0 < r["shownFirstWeek"] < r["shownLastWeek"], str(r))
        m = map_geometry.measure(html)
        check("no node piled on its component's bounding box", m["on_bbox"] == 0, str(m))
        check("every node inside the frame", m["outside_frame"] == 0, str(m))
        check("no two nodes overlap", m["node_overlaps"] == 0, str(m))
        check("no two labels overlap", m["label_overlaps"] == 0, str(m))
        check("no label over a node", m["labels_over_nodes"] == 0, str(m))
        check(f"{m['crossings']} edge crossings, fewer than the 431 of the clamped layout", m["crossings"] < 431, str(m))
        check(f"the {m['top_labelled']} most central nodes labelled (at least 60)", m["top_labelled"] >= 60, str(m))
        check(f"the largest component in the centre (off by {m['largest_off_centre']:.0%} of the diagonal)",
              m["largest_off_centre"] <= 0.1, str(m))
        check(f"communities sit together (spread {m['community_spread']} < 0.7)",
              m["community_spread"] is not None and m["community_spread"] < 0.7, str(m))
        check("no author named by a hash", not re.search(r"Author of [^<\"]*[0-9a-f]{8}", html))
        screenshot(page, "seeds-map.png", os.path.join(tmp, "profile2"))

        svg = os.path.join(tmp, "map.svg")
        subprocess.run([a.wngraph, "map", a.seeds, "-o", svg], check=True)
        x = subprocess.run(["xmllint", "--noout", svg], capture_output=True, text=True)
        check("svg is well-formed XML", x.returncode == 0, x.stderr[-300:])
        check("svg has a legend", 'id="legend"' in open(svg, encoding="utf-8").read())
        png = os.path.join(tmp, "map.png")
        p = subprocess.run([a.wngraph, "map", a.seeds, "-o", png], capture_output=True, text=True)
        check("png drawn with graphviz", p.returncode == 0 and open(png, "rb").read(8) == b"\x89PNG\r\n\x1a\n", p.stderr)

        ego = os.path.join(tmp, "ego.html")
        subprocess.run([a.wngraph, "map", a.seeds, a.examples, "--ego", "Hackney", "--depth", "1", "-o", ego],
                       check=True)
        r2 = selftest(ego, os.path.join(tmp, "profile3"))
        check("ego map is smaller and holds the centre", r2 is not None and 0 < r2["dataNodes"] < r["dataNodes"] and
              '"label":"Hackney"' in open(ego, encoding="utf-8").read(), str(r2))
        screenshot(ego, "ego-map.png", os.path.join(tmp, "profile4"))

        since = os.path.join(tmp, "since.html")
        subprocess.run([a.wngraph, "map", a.seeds, a.examples, "--since", "2020-02-01", "-o", since], check=True)
        text = open(since, encoding="utf-8").read()
        ms = map_geometry.parse(text)
        fresh = sum(n["new"] for n in ms["nodes"])
        check(f"since map: {fresh} new nodes of {len(ms['nodes'])} highlighted, and a legend says since when",
              0 < fresh < len(ms["nodes"]) and 'id="legend-new"' in text and ">2020-02-01</text>" in text)
        check("since map: new edges highlighted", 'class="edge new"' in text and 'class="edge"' in text)
        screenshot(since, "since-map.png", os.path.join(tmp, "profile5"))
    finish()


if __name__ == "__main__":
    main()
