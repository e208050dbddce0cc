#!/usr/bin/env python3
"""The map's layouts measured side by side on the issue's criteria (issue 14).

    bench/map_quality.py --wngraph build/wngraph [--baseline OLD_BINARY] [--notes 1520]

For the seeds, the seeds plus examples/notes, and a generated corpus of about
2,000 nodes (bench/make_corpus.py), draws the SVG map with each layout
(`--layout neato`, `--layout sfdp`; and the default layout of a baseline
binary, such as a build of an older commit) and prints, per graph and layout:
the wall time and peak memory of `wngraph map`, nodes piled on their
component's bounding box, nodes outside the frame, overlapping nodes,
overlapping labels, labels over nodes, edge crossings, labels drawn, and how
many of the most central nodes are labelled (tests/map_geometry.py). Then
opens the HTML map of the generated corpus in headless Chromium and prints
how long the page took to be ready (the issue's two-second target).
"""
import argparse
import json
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "tests"))
import map_geometry  # noqa: E402
from attacks import measured  # noqa: E402

CHROMIUM = ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def run_map(binary, inputs, out, extra):
    """Wall seconds and peak MB of one `wngraph map`."""
    seconds, mb, rc, err = measured([binary, "map", *inputs, "-o", out, *extra])
    if rc != 0:
        sys.exit(f"{binary} map failed: {err}")
    return seconds, mb


def page_ready_ms(page, profile):
    """The page's own figure: ms from navigation to its script having run
    with the SVG laid out (no virtual time)."""
    r = subprocess.run(CHROMIUM + [f"--user-data-dir={profile}", "--dump-dom", "file://" + page + "#selftest"],
                       capture_output=True, text=True, timeout=300)
    m = re.search(r'<pre id="selftest">([^<]*)</pre>', r.stdout)
    return json.loads(m.group(1)) if m and m.group(1) else None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--wngraph", required=True)
    ap.add_argument("--baseline", help="another wngraph binary, drawn with its default layout")
    ap.add_argument("--seeds", default=os.path.join(HERE, "..", "..", "shared", "seeds"))
    ap.add_argument("--examples", default=os.path.join(HERE, "..", "examples", "notes"))
    ap.add_argument("--notes", type=int, default=1520, help="generated notes (1520 give about 2,000 nodes)")
    a = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        corpus = os.path.join(tmp, "corpus")
        subprocess.run([sys.executable, os.path.join(HERE, "make_corpus.py"), "--notes", str(a.notes), "--out", corpus],
                       check=True, stdout=subprocess.DEVNULL)
        # "one author": every note by one named author, so that a baseline
        # binary that names unnamed authors otherwise draws the very same graph.
        graphs = [("seeds", [a.seeds]), ("seeds+examples", [a.seeds, a.examples]),
                  ("one author", [a.seeds, a.examples, "--author", "The author"]), ("generated", [corpus])]
        layouts = [("neato", a.wngraph, ["--layout", "neato"]), ("sfdp", a.wngraph, ["--layout", "sfdp"])]
        if a.baseline:
            layouts.append(("baseline", a.baseline, []))
        cols = ["time_s", "peak_MB", "nodes", "edges", "on_bbox", "outside_frame", "node_overlaps", "label_overlaps",
                "labels_over_nodes", "crossings", "labels", "top_labelled", "community_spread", "largest_off_centre"]
        print("graph            layout    " + " ".join(f"{c:>13}" for c in cols))
        for gname, inputs in graphs:
            for lname, binary, extra in layouts:
                svg = os.path.join(tmp, f"{gname}-{lname}.svg")
                wall, peak = run_map(binary, inputs, svg, extra)
                m = map_geometry.measure(open(svg, encoding="utf-8").read())
                m["community_spread"] = m["community_spread"] if m["community_spread"] is not None else "-"
                m["time_s"] = round(wall, 2)
                m["peak_MB"] = round(peak)
                print(f"{gname:16} {lname:9} " + " ".join(f"{m[c]:>13}" for c in cols), flush=True)
        page = os.path.join(tmp, "generated.html")
        run_map(a.wngraph, [corpus], page, [])
        for k in range(3):
            r = page_ready_ms(page, os.path.join(tmp, f"profile{k}"))
            if r is None:
                print("chromium did not run the page's self-check")
                sys.exit(1)
            print(f"generated map page ({r['dataNodes']} nodes, {r['dataEdges']} edges, "
                  f"{os.path.getsize(page) // 1024} KB): ready in {r['readyMs']} ms (script {r['scriptMs']} ms); "
                  f"target < 2000 ms")


if __name__ == "__main__":
    main()
