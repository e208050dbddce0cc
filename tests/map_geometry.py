"""What a stakeholder map looks like, measured on its SVG (or on the SVG inside
its HTML page): nodes on their component's bounding box, nodes overlapping,
labels overlapping each other or other nodes, edge crossings, and which of
the largest nodes carry a label. Used by tests/map_check.py (the checks) and
bench/map_quality.py (the figures, side by side); plain Python, no library.
"""
import math
import re
from collections import defaultdict


def _attrs(tag):
    return dict(re.findall(r'([\w-]+)="([^"]*)"', tag))


def parse(text):
    """The map's nodes, edges and labels, from the text of an SVG or HTML."""
    nodes, edges, labels = [], [], []
    for tag in re.findall(r'<circle class="node[^"]*"[^>]*>', text):
        a = _attrs(tag)
        nodes.append({"id": int(a["data-node"]), "x": float(a["cx"]), "y": float(a["cy"]), "r": float(a["r"]),
                      "new": "new" in a.get("class", ""), "community": a.get("data-community")})
    at = {(n["x"], n["y"]): n["id"] for n in nodes}
    for tag in re.findall(r'<line class="edge[^"]*"[^>]*>', text):
        a = _attrs(tag)
        p, q = (float(a["x1"]), float(a["y1"])), (float(a["x2"]), float(a["y2"]))
        s = int(a["data-s"]) if "data-s" in a else at.get(p, -1)
        t = int(a["data-t"]) if "data-t" in a else at.get(q, -1)
        edges.append({"s": s, "t": t, "p": p, "q": q})
    for tag in re.findall(r'<text class="label"[^>]*>', text):
        a = _attrs(tag)
        labels.append({"node": int(a["data-node"]), "box": tuple(float(v) for v in a["data-box"].split())})
    m = re.search(r'viewBox="([-\d.]+) ([-\d.]+) ([\d.]+) ([\d.]+)"', text)
    frame = tuple(float(v) for v in m.groups()) if m else None
    return {"nodes": nodes, "edges": edges, "labels": labels, "frame": frame}


def components(m):
    parent = {n["id"]: n["id"] for n in m["nodes"]}

    def find(v):
        while parent[v] != v:
            parent[v] = parent[parent[v]]
            v = parent[v]
        return v
    for e in m["edges"]:
        if e["s"] in parent and e["t"] in parent:
            parent[find(e["s"])] = find(e["t"])
    groups = defaultdict(list)
    for n in m["nodes"]:
        groups[find(n["id"])].append(n)
    return sorted(groups.values(), key=len, reverse=True)


def on_bounding_box(m, tolerance=0.5):
    """Per component of 3 or more nodes, the nodes beyond the first one on each
    side of its bounding box: a layout that clamps piles nodes on a side; one
    that does not has one node (rarely two) per side. Returns the excess."""
    excess = 0
    for comp in components(m):
        if len(comp) < 3:
            continue
        xs, ys = [n["x"] for n in comp], [n["y"] for n in comp]
        for vals, edge in ((xs, min(xs)), (xs, max(xs)), (ys, min(ys)), (ys, max(ys))):
            excess += max(0, sum(abs(v - edge) <= tolerance for v in vals) - 1)
    return excess


def outside_frame(m, margin=2.0):
    """Nodes whose circle is not inside the frame (viewBox) with a margin."""
    if not m["frame"]:
        return 0
    fx, fy, fw, fh = m["frame"]
    return sum(1 for n in m["nodes"] if n["x"] - n["r"] < fx + margin or n["y"] - n["r"] < fy + margin or
               n["x"] + n["r"] > fx + fw - margin or n["y"] + n["r"] > fy + fh - margin)


def _cells(box, cell):
    x0, y0, x1, y1 = box
    return [(gx, gy) for gx in range(int(x0 // cell), int(x1 // cell) + 1)
            for gy in range(int(y0 // cell), int(y1 // cell) + 1)]


def _pairs(items, key, cell=50.0):
    """The pairs (a, b), a < b, whose boxes share a grid cell; each once.
    Memory: the grid, and one item's neighbours at a time."""
    grid = defaultdict(list)
    cells = [_cells(key(it), cell) for it in items]
    for i, cs in enumerate(cells):
        for c in cs:
            grid[c].append(i)
    for a, cs in enumerate(cells):
        near = set()
        for c in cs:
            near.update(b for b in grid[c] if b > a)
        for b in sorted(near):
            yield a, b


def node_overlaps(m):
    ns = m["nodes"]
    key = lambda n: (n["x"] - n["r"], n["y"] - n["r"], n["x"] + n["r"], n["y"] + n["r"])  # noqa: E731
    return sum(1 for a, b in _pairs(ns, key)
               if math.hypot(ns[a]["x"] - ns[b]["x"], ns[a]["y"] - ns[b]["y"]) < ns[a]["r"] + ns[b]["r"] - 0.01)


def _box_hits(a, b):
    ax, ay, aw, ah = a
    bx, by, bw, bh = b
    return ax < bx + bw - 0.01 and bx < ax + aw - 0.01 and ay < by + bh - 0.01 and by < ay + ah - 0.01


def label_overlaps(m):
    ls = m["labels"]
    key = lambda l: (l["box"][0], l["box"][1], l["box"][0] + l["box"][2], l["box"][1] + l["box"][3])  # noqa: E731
    return sum(1 for a, b in _pairs(ls, key) if _box_hits(ls[a]["box"], ls[b]["box"]))


def labels_over_nodes(m):
    """Labels drawn over a node's circle (any node's: its own is never under
    its label)."""
    items = [("l", l) for l in m["labels"]] + [("n", n) for n in m["nodes"]]

    def key(it):
        kind, v = it
        if kind == "l":
            x, y, w, h = v["box"]
            return (x, y, x + w, y + h)
        return (v["x"] - v["r"], v["y"] - v["r"], v["x"] + v["r"], v["y"] + v["r"])
    hits = 0
    for a, b in _pairs(items, key):
        (ka, va), (kb, vb) = items[a], items[b]
        if ka == kb:
            continue
        lab, node = (va, vb) if ka == "l" else (vb, va)
        x, y, w, h = lab["box"]
        cx, cy = min(max(node["x"], x), x + w), min(max(node["y"], y), y + h)
        if math.hypot(cx - node["x"], cy - node["y"]) < node["r"] - 0.5:
            hits += 1
    return hits


def _cross(p1, p2, p3, p4):
    def orient(a, b, c):
        v = (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0])
        return (v > 1e-9) - (v < -1e-9)
    return (orient(p1, p2, p3) * orient(p1, p2, p4) < 0) and (orient(p3, p4, p1) * orient(p3, p4, p2) < 0)


def crossings(m):
    """Pairs of edges whose segments cross (edges sharing a node never count)."""
    es = [e for e in m["edges"] if e["p"] != e["q"]]
    key = lambda e: (min(e["p"][0], e["q"][0]), min(e["p"][1], e["q"][1]),  # noqa: E731
                     max(e["p"][0], e["q"][0]), max(e["p"][1], e["q"][1]))
    count = 0
    for a, b in _pairs(es, key, cell=80.0):
        ea, eb = es[a], es[b]
        if {ea["s"], ea["t"]} & {eb["s"], eb["t"]}:
            continue
        count += _cross(ea["p"], ea["q"], eb["p"], eb["q"])
    return count


def largest_labelled(m):
    """How many of the largest nodes carry a label before the first that does
    not (the map's size figure sets the radius, so largest = most central)."""
    labelled = {l["node"] for l in m["labels"]}
    order = sorted(m["nodes"], key=lambda n: (-n["r"], n["id"]))
    k = 0
    while k < len(order) and order[k]["id"] in labelled:
        k += 1
    return k


def largest_off_centre(m):
    """How far the largest component's box centre is from the centre of the
    box of every linked node, as a share of that box's diagonal (0: centred)."""
    comps = [c for c in components(m) if len(c) > 1]
    if not comps:
        return 0.0

    def box(nodes):
        xs, ys = [n["x"] for n in nodes], [n["y"] for n in nodes]
        return min(xs), min(ys), max(xs), max(ys)
    x0, y0, x1, y1 = box([n for c in comps for n in c])
    b0, c0, b1, c1 = box(comps[0])
    diag = math.hypot(x1 - x0, y1 - y0) or 1.0
    return round(math.hypot((b0 + b1 - x0 - x1) / 2, (c0 + c1 - y0 - y1) / 2) / diag, 3)


def community_spread(m):
    """In the largest component: the mean distance between two nodes of one
    community over that between two nodes of different communities (below 1:
    communities sit together). None without community figures."""
    comp = components(m)[0] if m["nodes"] else []
    if not comp or comp[0]["community"] is None:
        return None
    same = [0.0, 0]
    other = [0.0, 0]
    step = max(1, len(comp) // 700)  # a sample of pairs on large maps
    sample = comp[::step]
    for i, a in enumerate(sample):
        for b in sample[i + 1:]:
            d = math.hypot(a["x"] - b["x"], a["y"] - b["y"])
            acc = same if a["community"] == b["community"] else other
            acc[0] += d
            acc[1] += 1
    if not same[1] or not other[1]:
        return None
    return round((same[0] / same[1]) / (other[0] / other[1]), 2)


def measure(text):
    m = parse(text)
    return {"nodes": len(m["nodes"]), "edges": len(m["edges"]), "on_bbox": on_bounding_box(m),
            "outside_frame": outside_frame(m), "node_overlaps": node_overlaps(m),
            "label_overlaps": label_overlaps(m), "labels_over_nodes": labels_over_nodes(m),
            "crossings": crossings(m), "labels": len(m["labels"]), "top_labelled": largest_labelled(m),
            "community_spread": community_spread(m), "largest_off_centre": largest_off_centre(m)}
