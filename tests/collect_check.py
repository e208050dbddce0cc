#!/usr/bin/env python3
"""wngraph collect against a local HTTP server this script starts on
127.0.0.1 (issue 12). The server serves saved feeds of WordPress (paged),
Medium, Blogger (rel="next"), Ghost and Substack, a council's HTML page and
an OPML list, and misbehaves on purpose: redirects (one, and a loop), a slow
answer, an oversized one, a 503 then success, a malformed feed, an item
edited upstream. Checks what the store holds after each run (with Python's
sqlite3), what the server was sent (conditional requests, the User-Agent,
the delay between requests to one host), the exit codes and messages, that
an export from the store is byte-identical to an export of the same notes as
files, and wngraph diff over the store."""
import argparse
import gzip
import http.server
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
import xml.etree.ElementTree as ET

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from checklib import check, finish  # noqa: E402

FIXTURES = os.path.join(os.path.dirname(os.path.abspath(__file__)), "collect_fixtures")


class State:
    base = ""
    log = []  # (time, path, headers)
    flaky_hits = 0
    edited_version = 1
    lock = threading.Lock()


def fixture(name):
    with open(os.path.join(FIXTURES, name), encoding="utf-8") as f:
        return f.read().replace("{base}", State.base).encode("utf-8")


ROUTES = {
    "/wp/feed/": ("wordpress.xml", "application/rss+xml"),
    "/wp/feed/?paged=2": ("wordpress-page2.xml", "application/rss+xml"),
    "/medium/feed/@danmarsh": ("medium.xml", "text/xml"),
    "/blogger/feeds/posts/default": ("blogger.atom", "application/atom+xml"),
    "/blogger/feeds/posts/default?start-index=2&max-results=1": ("blogger-page2.atom", "application/atom+xml"),
    "/ghost/rss/": ("ghost.xml", "application/rss+xml"),
    "/substack/feed": ("substack.xml", "application/rss+xml"),
    "/council/blog/weeknote-8-april.html": ("council-post.html", "text/html"),
    "/follows.opml": ("follows.opml", "text/x-opml"),
    "/broken.xml": ("broken.xml", "application/rss+xml"),
}


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def send(self, status, body=b"", ctype="text/plain", headers=()):
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        for k, v in headers:
            self.send_header(k, v)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def do_GET(self):
        with State.lock:
            State.log.append((time.monotonic(), self.path, dict(self.headers)))
        p = self.path
        if p in ROUTES:
            name, ctype = ROUTES[p]
            body = fixture(name)
            etag = '"%s-1"' % name
            if self.headers.get("If-None-Match") == etag:
                return self.send(304, headers=[("ETag", etag)])
            return self.send(200, body, ctype, [("ETag", etag), ("Last-Modified", "Mon, 08 Apr 2024 09:00:00 GMT")])
        if p == "/wp/feed/?paged=3":
            return self.send(404, b"no such page")
        if p == "/gz/feed":  # compressed transfer
            if "gzip" not in self.headers.get("Accept-Encoding", ""):
                return self.send(406, b"gzip please")
            return self.send(200, gzip.compress(fixture("ghost.xml")), "application/rss+xml",
                             [("Content-Encoding", "gzip")])
        if p == "/edited/feed":
            body = fixture("edited-v%d.xml" % State.edited_version)
            etag = '"edited-%d"' % State.edited_version
            if self.headers.get("If-None-Match") == etag:
                return self.send(304, headers=[("ETag", etag)])
            return self.send(200, body, "application/rss+xml", [("ETag", etag)])
        if p == "/moved":
            return self.send(301, headers=[("Location", State.base + "/ghost/rss/")])
        if p.startswith("/loop/"):
            n = int(p.split("/")[2])
            return self.send(302, headers=[("Location", "%s/loop/%d" % (State.base, n + 1))])
        if p == "/to-ftp":
            return self.send(302, headers=[("Location", "ftp://127.0.0.1/feed")])
        if p == "/slow":
            time.sleep(4)
            try:
                return self.send(200, fixture("ghost.xml"), "application/rss+xml")
            except (BrokenPipeError, ConnectionResetError):  # the client gave up, as it should
                return None
        if p == "/huge":
            self.send_response(200)
            self.send_header("Content-Type", "application/rss+xml")
            self.end_headers()  # no length: the cap must stop the stream
            try:
                chunk = b"<!-- " + b"x" * 65536 + b" -->\n"
                self.wfile.write(b"<rss><channel>")
                for _ in range(64):  # 4 MB
                    self.wfile.write(chunk)
            except (BrokenPipeError, ConnectionResetError):
                pass
            self.close_connection = True
            return
        if p == "/flaky":
            with State.lock:
                State.flaky_hits += 1
                hit = State.flaky_hits
            if hit == 1:
                return self.send(503, b"busy", headers=[("Retry-After", "1")])
            return self.send(200, fixture("substack.xml"), "application/rss+xml")
        if p == "/always-503":
            return self.send(503, b"busy", headers=[("Retry-After", "1")])
        return self.send(404, b"not found")


def start_server():
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    State.base = "http://127.0.0.1:%d" % server.server_address[1]
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def run(wngraph, *args, env=None, timeout=120):
    t = time.monotonic()
    p = subprocess.run([wngraph, *args], capture_output=True, text=True, timeout=timeout, env=env)
    return p.returncode, p.stdout, p.stderr, time.monotonic() - t


def requests_to(prefix, since=0.0):
    return [(t, path, h) for (t, path, h) in State.log if path.startswith(prefix) and t >= since]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--wngraph", required=True)
    ap.add_argument("--seeds", required=True)
    a = ap.parse_args()
    w = os.path.abspath(a.wngraph)
    server = start_server()
    tmp = tempfile.mkdtemp(prefix="wngraph-collect-")
    env = dict(os.environ, WNGRAPH_STORE=os.path.join(tmp, "env.db"))
    env.pop("http_proxy", None)
    env.pop("HTTP_PROXY", None)
    env["no_proxy"] = env["NO_PROXY"] = "127.0.0.1"
    store = os.path.join(tmp, "w.db")
    fast = ["--store", store, "--delay", "0"]

    def db(sql, *params):
        con = sqlite3.connect(store)
        try:
            return con.execute(sql, params).fetchall()
        finally:
            con.close()

    try:
        # 1. First collect, from an OPML list served over HTTP, and a page.
        rc, out, err, _ = run(w, "collect", State.base + "/follows.opml",
                              State.base + "/council/blog/weeknote-8-april.html", *fast, env=env)
        check("first collect exits 0", rc == 0, err)
        titles = sorted(r[0] for r in db("SELECT title FROM latest_notes"))
        expected = sorted(["Weeknote 14: the data board", "Weeknote 13: hiring", "Weeknote 12: a quiet one",
                           "Weeknotes #31", "Weeknote: week ending 4 April", "Weeknote: week ending 28 March",
                           "Weeknote, 5 April", "Weeknote 9: partnerships",
                           "Weeknote: 8 April 2024 | Westbury Council digital blog"])
        check("first collect stores every item of every platform (WordPress page 2, Blogger's next page)",
              titles == expected, "%s" % titles)
        check("WordPress paging ends at the 404 of page 3, without a failure",
              any(p == "/wp/feed/?paged=3" for _, p, _h in State.log) and "0 failed" in err, err)
        row = db("SELECT url, feed, guid, author, year, month, day, length(text) > 0, document IS NOT NULL, "
                 "fetched_at != '', length(content_hash) FROM latest_notes WHERE title = 'Weeknote 14: the data board'")
        check("a note keeps its URL, feed, GUID, author, date, text, raw document, fetch time and hash",
              row == [(State.base + "/wp/2024/04/05/weeknote-14/", State.base + "/wp/feed/",
                       State.base + "/wp/?p=1404", "Priya Shah", 2024, 4, 5, 1, 1, 1, 64)], "%s" % row)
        raw = db("SELECT d.raw FROM latest_notes n JOIN documents d ON d.hash = n.document WHERE n.guid = ?",
                 "https://medium.com/p/1a2b3c")
        check("the raw document of a feed item is its <item>", raw and b"<item>" in bytes(raw[0][0])[:10], "%s" % raw)
        uas = {h.get("User-Agent", "") for _, _p, h in State.log}
        check("the User-Agent names wngraph and its version",
              all(u.startswith("wngraph/") for u in uas), "%s" % uas)
        check("compressed transfer is asked for",
              all("gzip" in h.get("Accept-Encoding", "") for _, _p, h in State.log))

        # 2. Second collect: conditional requests, 304s, nothing added.
        mark = time.monotonic()
        n_before = db("SELECT count(*) FROM notes")[0][0]
        rc, out, err, _ = run(w, "collect", State.base + "/follows.opml",
                              State.base + "/council/blog/weeknote-8-april.html", *fast, env=env)
        second = requests_to("/", mark)
        conditional = [p for _, p, h in second if "If-None-Match" in h and "If-Modified-Since" in h]
        check("second collect sends conditional requests for every feed and page",
              sorted(conditional) == sorted(["/follows.opml", "/wp/feed/", "/blogger/feeds/posts/default",
                                             "/medium/feed/@danmarsh", "/ghost/rss/", "/substack/feed",
                                             "/council/blog/weeknote-8-april.html"]), "%s" % second)
        check("second collect gets 304s and adds nothing",
              rc == 0 and db("SELECT count(*) FROM notes")[0][0] == n_before and "0 new notes" in err
              and "7 not modified" in err, err)

        # 3. An item edited upstream becomes a new version; the graph uses the latest.
        rc1, _, err1, _ = run(w, "collect", State.base + "/edited/feed", *fast, env=env)
        State.edited_version = 2
        rc2, _, err2, _ = run(w, "collect", State.base + "/edited/feed", *fast, env=env)
        versions = db("SELECT version, text FROM notes WHERE key = 'edited-3' ORDER BY version")
        check("an edited item is stored as a new version",
              rc1 == 0 and rc2 == 0 and len(versions) == 2 and "Joe Bright" in versions[1][1]
              and "1 updated" in err2, "%s %s" % (versions, err2))
        rc, out, err, _ = run(w, "explain", "Joe Bright", "--store", store, env=env)
        check("the graph is built from the latest version", rc == 0 and "Lena Park" in out, out + err)

        # 4. Redirects: followed; a loop stops after 5; never to another scheme.
        other = os.path.join(tmp, "other.db")
        rc, _, err, _ = run(w, "collect", State.base + "/moved", "--store", other, "--delay", "0", env=env)
        check("a redirect is followed", rc == 0 and "1 new notes" in err, err)
        rc, _, err, _ = run(w, "collect", State.base + "/loop/0", *fast, env=env)
        check("a redirect loop stops after 5 redirects",
              rc == 1 and "wngraph: failed: %s/loop/0: more than 5 redirects" % State.base in err
              and len(requests_to("/loop/")) == 6, err)
        rc, _, err, _ = run(w, "collect", State.base + "/to-ftp", *fast, env=env)
        check("a redirect to ftp is refused", rc == 1 and "only http and https are fetched" in err, err)

        # 5. A slow server: the timeout, and the run goes on.
        rc, _, err, took = run(w, "collect", State.base + "/slow", State.base + "/substack/feed", "--timeout", "1",
                               *fast, env=env)
        check("a slow server times out and the other source is still collected",
              rc == 1 and "%s/slow: timed out after 1 s" % State.base in err and took < 3.5
              and "1 failed" in err, "%s %.1f s" % (err, took))

        # 6. An oversized response is capped.
        rc, _, err, _ = run(w, "collect", State.base + "/huge", "--max-size", "1", *fast, env=env)
        check("an oversized response is cut at the cap and reported",
              rc == 1 and "%s/huge: larger than the limit of 1 MB (--max-size)" % State.base in err, err)

        # 7. 503 then success: retried after Retry-After.
        rc, _, err, _ = run(w, "collect", State.base + "/flaky", *fast, env=env)
        hits = requests_to("/flaky")
        check("a 503 is retried after its Retry-After, then stored",
              rc == 0 and len(hits) == 2 and hits[1][0] - hits[0][0] >= 0.95, "%s %s" % (err, hits))
        rc, _, err, _ = run(w, "collect", State.base + "/always-503", "--retries", "1", *fast, env=env)
        check("a server that stays at 503 fails after the retries",
              rc == 1 and "%s/always-503: HTTP 503 after 2 tries" % State.base in err, err)

        # 8. A malformed feed is reported with its line; the others are kept.
        gz = os.path.join(tmp, "gz.db")
        rc, _, err, _ = run(w, "collect", State.base + "/broken.xml", State.base + "/gz/feed", "--store", gz,
                            "--delay", "0", env=env)
        check("a malformed feed is reported with file:line, the other source kept",
              rc == 1 and re.search(r"wngraph: failed: %s/broken\.xml:\d+: malformed feed" % re.escape(State.base),
                                    err) and "1 failed" in err, err)
        check("a gzip-compressed feed is decoded and stored", "1 new notes" in err, err)

        # 9. Schemes other than http and https are refused.
        rc, _, err, _ = run(w, "collect", "ftp://127.0.0.1/feed", "file:///etc/passwd", *fast, env=env)
        check("non-http schemes are refused",
              rc == 1 and "ftp://127.0.0.1/feed: only http and https URLs are fetched" in err
              and "file:///etc/passwd: only http and https URLs are fetched" in err, err)

        # 10. Politeness: one request at a time per host, with the delay between them.
        mark = time.monotonic()
        rc, _, err, _ = run(w, "collect", State.base + "/ghost/rss/", State.base + "/substack/feed",
                            "--store", os.path.join(tmp, "polite.db"), "--delay", "0.6", env=env)
        times = [t for t, _p, _h in requests_to("/", mark)]
        check("requests to one host are at least --delay apart",
              rc == 0 and len(times) == 2 and times[1] - times[0] >= 0.55, "%s" % times)

        # 11. The store is a corpus: export from it is the export of the same files.
        seeds_store = os.path.join(tmp, "seeds.db")
        rc, _, err, _ = run(w, "collect", a.seeds, "--store", seeds_store, env=env)
        same = True
        for fmt in ["graphml", "gexf", "jsonld", "dot"]:
            r1 = run(w, "export", "-f", fmt, "--store", seeds_store, env=env)
            r2 = run(w, "export", "-f", fmt, a.seeds, env=env)
            same = same and r1[0] == 0 and r1[1] == r2[1] and len(r1[1]) > 1000
        check("export from the store is byte-identical to export of the same notes as files", rc == 0 and same)
        rc, _, err, _ = run(w, "collect", a.seeds, "--store", seeds_store, env=env)
        n_seeds = len([f for f in os.listdir(a.seeds) if not f.startswith(".")])
        check("a second collect of a folder reads none of its unchanged files",
              rc == 0 and "0 new notes, 0 updated" in err and ("(%d files not read again)" % n_seeds) in err, err)
        r3 = run(w, "-v", "export", "--store", seeds_store, env=env)
        m = re.search(r"read (\d+) notes from the store [^;]*; (\d+) extractions from the cache", r3[2])
        check("a second export takes every extraction from the cache",
              m and m.group(1) == m.group(2) and int(m.group(1)) >= 5, r3[2])
        env_run = run(w, "stats", env=dict(env, WNGRAPH_STORE=seeds_store))
        check("with no inputs a command reads $WNGRAPH_STORE",
              env_run[0] == 0 and m and ("notes: %s\n" % m.group(1)) in env_run[1], env_run[1] + env_run[2])

        # 11b. Killed half way: what was stored stays, and the store still opens.
        killed = os.path.join(tmp, "killed.db")
        proc = subprocess.Popen([w, "collect", State.base + "/ghost/rss/", State.base + "/slow",
                                 "--store", killed, "--delay", "0", "--timeout", "30"],
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
        stored = 0
        for _ in range(100):
            time.sleep(0.05)
            try:
                con = sqlite3.connect(killed)
                stored = con.execute("SELECT count(*) FROM notes").fetchone()[0]
                con.close()
            except sqlite3.Error:
                stored = 0
            if stored:
                break
        proc.kill()
        proc.wait()
        rc, out, err, _ = run(w, "stats", "--store", killed, env=env)
        check("a collect killed mid-run keeps what it stored, and the store opens",
              stored == 1 and rc == 0 and "notes: 1\n" in out, "%d %s" % (stored, err))

        # 12. Time windows and diff over the store.
        rc, out, err, _ = run(w, "stats", "--store", store, "--since", "2024-04-01", "--until", "2024-04-05",
                              env=env)
        check("--since/--until keep the notes of the window (1-5 April: 4 notes)", rc == 0 and "notes: 4\n" in out,
              out + err)
        rc, out, err, _ = run(w, "diff", "--store", store, "--since", "2024-04-04", env=env)
        check("diff lists new people with the evidence",
              rc == 0 and "New people" in out and "Tom Okafor" in out and "Grace Liu" not in out.split("New people")[1]
              .split("New relations")[0] and "\u201c" in out, out + err)
        rc, out, err, _ = run(w, "diff", "--store", store, "--since", "2024-04-04", "-f", "graphml", env=env)
        ok = rc == 0
        if ok:
            ns = {"g": "http://graphml.graphdrawing.org/xmlns"}
            root = ET.fromstring(out)
            keys = {k.get("id"): (k.get("for"), k.get("attr.name")) for k in root.findall("g:key", ns)}
            changes = [d.text for d in root.iter("{http://graphml.graphdrawing.org/xmlns}data")
                       if d.get("key") in ("change", "e_change")]
            ok = keys.get("change") == ("node", "change") and keys.get("e_change") == ("edge", "change") \
                and "new" in changes and "unchanged" in changes
        check("diff as GraphML carries a change attribute on nodes and edges", ok, err)
        gexf = os.path.join(tmp, "week.gexf")
        rc, out, err, _ = run(w, "diff", "--store", store, "--since", "2024-04-04", "-f", "gexf", "-o", gexf, env=env)
        ok = rc == 0
        if ok:
            import networkx
            g = networkx.read_gexf(gexf)
            ok = {d.get("change") for _, d in g.nodes(data=True)} == {"new", "unchanged"} and \
                "new" in {d.get("change") for _, _, d in g.edges(data=True)}
        check("diff as GEXF loads in NetworkX with a change attribute", ok, err)
        old, new = os.path.join(tmp, "old.graphml"), os.path.join(tmp, "new.graphml")
        r1 = run(w, "export", "--store", store, "--until", "2024-04-03", "-o", old, env=env)
        r2 = run(w, "export", "--store", store, "-o", new, env=env)
        rc, out, err, _ = run(w, "diff", old, new, env=env)
        check("diff between two GraphML exports",
              r1[0] == 0 and r2[0] == 0 and rc == 0 and out.startswith("What changed from %s to %s" % (old, new))
              and "Tom Okafor" in out.split("New people")[1].split("New organisations")[0], out + err)
        rc, _, err, _ = run(w, "diff", "--store", store, env=env)
        check("diff without --since is a located error",
              rc == 1 and err.strip() == "wngraph: diff needs --since DATE: what changed on or after it "
              "(or two GraphML files, old then new)", err)
    finally:
        server.shutdown()
        shutil.rmtree(tmp, ignore_errors=True)
    finish()


if __name__ == "__main__":
    main()
