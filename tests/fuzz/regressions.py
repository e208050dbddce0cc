#!/usr/bin/env python3
"""Writes the inputs that once crashed, hung or exhausted wngraph (issue 16)
for one fuzz target into OUTDIR, so every fuzz run replays them first.

  regressions.py TARGET OUTDIR
"""
import os
import sys


def utf16(s):
    return b"\xff\xfe" + s.encode("utf-16-le")


LAUGHS = ('<?xml version="1.0"?>\n<!DOCTYPE z [<!ENTITY a "aaaaaaaaaa">'
          + "".join(f'<!ENTITY {chr(98 + i)} "' + f"&{chr(97 + i)};" * 10 + '">' for i in range(9))
          + ']>\n<z>&j;</z>\n')
UTF7 = ('<?xml version="1.0" encoding="UTF-7"?>\n+ADw-!DOCTYPE z +AFs-+ADw-!ENTITY a "aa"+AD4-+AF0-+AD4-\n'
        '+ADw-z+AD4-+ACY-a;+ADw-/z+AD4-\n')

CASES = {
    "read_text": {
        "inline-image.md": "# Weeknote\n\n![chart](data:image/png;base64," + "A" * 27000 + ")\n",
        "long-line.md": "- **" + "[a link](https://example.org) _emphasis_ <b>tag</b> " * 800 + "**\n",
        "long-date.md": "---\ndate: " + "2020-" * 8000 + "\n---\nText.\n",
        "utf16.txt": None,  # bytes below
        # Found by fuzz_read_text: a heading line of only '#' threw out_of_range.
        "only-hashes.md": "---\nauthor: Morgan Ellis\n---\n# Weeknote\n\n###\n#\nText.\n",
        # Found by fuzz_extract: front matter closed on the last line, no newline.
        "closed-at-end.md": "---\nauthor: Morgan Ellis\ntitle: Weeknote\n---",
    },
    "read_html": {
        "nested.html": "<html><body>" + "<div>" * 10000 + "text" + "</div>" * 10000 + "</body></html>",
        "long-time.html": "<html><body><article><time datetime=\"" + "2020-" * 8000 + "\">x</time>"
                          "<p>I met Kay Brown.</p></article></body></html>",
    },
    "read_feed": {
        "laughs.xml": LAUGHS,
        "utf7.xml": UTF7,
        "long-pubdate.xml": "<rss version=\"2.0\"><channel><item><title>t</title><pubDate>" + "Mon, " * 8000
                            + "</pubDate><description>x</description></item></channel></rss>",
        "truncated.xml": "<rss version=\"2.0\"><channel><item>\n<title>broken",
    },
    "opml": {
        "laughs.opml": LAUGHS.replace("<z>&j;</z>", "<opml><body><outline xmlUrl=\"&j;\"/></body></opml>"),
        "deep.opml": "<opml><body>" + "<outline>" * 5000 + "<outline xmlUrl=\"http://x/\"/>" + "</outline>" * 5000
                     + "</body></opml>",
    },
    "graphml": {
        "laughs.graphml": LAUGHS.replace("<z>&j;</z>", "<graphml><graph><node id=\"&j;\"/></graph></graphml>"),
        "utf7.graphml": UTF7,
        "nan-weights.graphml": "<graphml><key id=\"w\" for=\"edge\" attr.name=\"weight\" attr.type=\"double\"/>"
                               "<graph><node id=\"a\"/><node id=\"b\"/><edge source=\"a\" target=\"b\">"
                               "<data key=\"w\">nan</data></edge></graph></graphml>",
    },
    "aliases": {
        "deep.json": "{\"merge\": " + "[" * 200000 + "]" * 200000 + "}",
        "open.json": "{\"merge\": " + "[" * 200000,
        "cycle.json": "{\"merge\": {\"Ann Lee\": [\"Bo Chan\"], \"Bo Chan\": [\"Ann Lee\"]}}",
    },
    "gazetteer": {
        "long-entry.tsv": "Organisation\t" + " ".join(f"Word{i}" for i in range(2000)) + "\n",
        "bad-type.tsv": "Teem\tBlue Team\n",
    },
    "date": {
        "long.txt": "2020-" * 10000,
        "digits.txt": "9" * 60000,
    },
    "extract": {
        "names.txt": "This week I met " + ", ".join(f"Kay Brown{i}" for i in range(5000)) + ".\n",
        "capitals.txt": " ".join(["Big"] * 20000) + ".\n",
        # Found by fuzz_extract: a person named in a photo credit (a span with
        # no item) read out of bounds when the sentence spoke of a meeting.
        "photo-credit-person.txt": "I attended the Digital Board. Photo by Kay Brown at the Digital Board, "
                                   "which I attended.\n",
    },
}


def main():
    target, out = sys.argv[1], sys.argv[2]
    os.makedirs(out, exist_ok=True)
    for name, text in CASES.get(target, {}).items():
        data = utf16("Weeknote\n\nI met Kay Brown from Hackney Council.\n" * 100) if text is None else text.encode()
        with open(os.path.join(out, name), "wb") as f:
            f.write(data)
    if target in ("read_feed", "graphml"):
        with open(os.path.join(out, "laughs-utf16.xml"), "wb") as f:
            f.write(utf16(LAUGHS))
    print(len(os.listdir(out)))


if __name__ == "__main__":
    main()
