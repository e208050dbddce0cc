#!/usr/bin/python3
"""sigma.js draws the graphology export in headless Chromium (issue 13).

Exports the seeds with `wngraph export --format graphology`, writes a page
that loads graphology's and sigma.js's own browser builds (tests/js/
node_modules, pinned by package-lock.json) and the JSON inline, and opens it
in Debian's chromium with software WebGL. The page imports the graph with
graphology, hands it to `new Sigma(graph, container)`, and reports: the node
and edge counts sigma holds, whether every node got a finite display
position from its x, y, how many pixels its canvases hold, and any error. Prints one line per check and 'N passed, M failed'.
"""
import argparse
import json
import os
import re
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from checklib import check, finish  # noqa: E402

CHROMIUM = ["chromium", "--headless", "--no-sandbox", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--use-angle=swiftshader", "--enable-unsafe-swiftshader",
            "--window-size=1200,900", "--virtual-time-budget=10000"]

PAGE = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>sigma.js check</title>
<style>#c{width:1000px;height:700px}</style></head>
<body><div id="c"></div><pre id="result"></pre>
<script src="file://%(modules)s/graphology/dist/graphology.umd.min.js"></script>
<script src="file://%(modules)s/sigma/dist/sigma.min.js"></script>
<script type="application/json" id="data">%(data)s</script>
<script>
const out = {};
try {
  const graph = graphology.MultiGraph.from(JSON.parse(document.getElementById('data').textContent));
  const renderer = new Sigma(graph, document.getElementById('c'), {renderLabels: true});
  renderer.refresh();
  out.order = renderer.getGraph().order;
  out.size = renderer.getGraph().size;
  out.positioned = graph.everyNode(n => {
    const d = renderer.getNodeDisplayData(n);
    return d && Number.isFinite(d.x) && Number.isFinite(d.y);
  });
  // What sigma drew: its canvases, read back pixel by pixel (the 2D label
  // layer directly, the WebGL layers through a 2D copy made at once).
  out.canvases = [];
  let inked = 0;
  for (const c of document.querySelectorAll('#c canvas')) {
    const copy = document.createElement('canvas');
    copy.width = c.width;
    copy.height = c.height;
    const ctx = copy.getContext('2d');
    ctx.drawImage(c, 0, 0);
    const px = ctx.getImageData(0, 0, copy.width, copy.height).data;
    let n = 0;
    for (let i = 3; i < px.length; i += 4) if (px[i] > 0) n++;
    out.canvases.push(n);
    inked += n;
  }
  out.inkedPixels = inked;
} catch (e) {
  out.error = String(e && e.stack || e);
}
document.getElementById('result').textContent = JSON.stringify(out);
</script></body></html>
"""


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--wngraph", required=True)
    ap.add_argument("inputs", nargs="+")
    a = ap.parse_args()
    modules = os.path.join(os.path.dirname(os.path.abspath(__file__)), "node_modules")
    with tempfile.TemporaryDirectory() as tmp:
        graph = os.path.join(tmp, "graph.json")
        subprocess.run([a.wngraph, "export", "--format", "graphology", "-o", graph, *a.inputs], check=True,
                       stderr=subprocess.DEVNULL)
        data = open(graph, encoding="utf-8").read()
        expected = json.loads(data)
        page = os.path.join(tmp, "sigma.html")
        with open(page, "w", encoding="utf-8") as f:
            f.write(PAGE % {"modules": modules, "data": data.replace("</", "<\\/")})
        r = subprocess.run(CHROMIUM + [f"--user-data-dir={os.path.join(tmp, 'profile')}", "--dump-dom",
                                       "file://" + page], capture_output=True, text=True, timeout=180)
        m = re.search(r'<pre id="result">([^<]*)</pre>', r.stdout)
        out = json.loads(m.group(1)) if m and m.group(1) else None
        check("chromium ran the sigma.js page", out is not None, r.stderr[-300:])
        if out is not None:
            check("sigma.js threw nothing", "error" not in out, out.get("error", "")[:300])
            check(f"sigma.js holds every node and edge ({len(expected['nodes'])}, {len(expected['edges'])})",
                  out.get("order") == len(expected["nodes"]) and out.get("size") == len(expected["edges"]), str(out))
            check("every node drawn at a finite position from its x, y", out.get("positioned") is True, str(out))
            check("sigma.js drew the graph: its canvases hold pixels", out.get("inkedPixels", 0) > 5000, str(out))
    finish()


if __name__ == "__main__":
    main()
