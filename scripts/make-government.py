#!/usr/bin/env python3
"""Writes data/government.tsv, the gazetteer of UK central government
organisations, from two public registers (Crown copyright, Open Government
Licence v3.0):

- the GOV.UK organisations list kept in the public register data of
  openregister/government-organisation-data (lists/govuk/list.tsv), a
  2016-2017 snapshot whose older names older weeknotes use;
- optionally, the GOV.UK organisations API (www.gov.uk/api/organisations)
  as paged together in odileeds/uk-government-organisations
  (gov.uk_api_organisations.json), for the bodies made or renamed since
  ("Department for Energy Security and Net Zero", "DSIT").

    scripts/make-government.py LIST.TSV [API.JSON] > data/government.tsv

Every organisation becomes an Organisation with its GOV.UK name as the
canonical name, its abbreviation as an alias, and the organisations either
list gives as its parents in the fifth column ("Government Digital
Service" is part of the Cabinet Office in the first list, of DSIT in the
second: both are kept, a note names the one of its time). Abbreviations
are left out when they would match ordinary text: two letters or fewer
("OS", "EA"), or a common English word when lower-cased ("BIG", "ICE");
names that are a council department word and "Service" ("Planning
Service") are left out. A name both lists hold is written once, with the
first list's abbreviation first.
"""
import csv
import json
import os
import sys

# Abbreviations that are English words once lower-cased: matching is
# case-insensitive past the first letter, so "Big thanks" would read as BIG.
WORDS = {"ago", "big", "bit", "cab", "cat", "com", "cot", "fee", "ice", "ops", "pat", "tab", "tap", "arb", "gem",
         "nam", "orr", "cap", "cfp", "dor", "bbb", "ace", "ate", "aria", "awe", "sage", "rio", "esc", "tac"}
# Abbreviations that name something else in a council's weeknote: any
# non-governmental organisation, a distribution network operator, a
# borough council ("SBC"), the Liverpool City Region ("LCR").
OTHER_MEANING = {"ngo", "dno", "sbc", "lcr", "gpa"}


def repair(text):
    """The API file holds some names encoded twice ("Solicitorâ\x80\x99s")."""
    try:
        return text.encode("latin-1").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return text


def clean_api_name(title):
    name = repair((title or "").strip())
    return name[4:] if name.startswith("The ") else name  # "The National Lottery Community Fund": text writes "the"


def api_rows(path):
    """(name, abbreviation, parent names) of every organisation, live or closed, in the API file."""
    with open(path, encoding="utf-8") as f:
        results = json.load(f)["results"]
    title_of = {r.get("id"): clean_api_name(r.get("title")) for r in results}
    for r in results:
        name = clean_api_name(r.get("title"))
        abbr = repair(((r.get("details") or {}).get("abbreviation") or "").strip())
        parents = [title_of[p["id"]] for p in r.get("parent_organisations") or [] if title_of.get(p.get("id"))]
        if name:
            yield name, abbr, parents


def register_rows(path):
    """(name, abbreviation, parent names) of every organisation in the register's list."""
    with open(path, newline="") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    name_of = {(r.get("govuk") or "").strip(): (r.get("name") or "").strip() for r in rows}
    for r in rows:
        name = (r.get("name") or "").strip()
        parents = [name_of[g] for g in (r.get("parent-govuks") or "").split(";") if name_of.get(g.strip())]
        if name:
            yield name, (r.get("abbreviation") or "").strip(), parents


def key_of(name):
    """One name, whichever apostrophe, with or without "The"."""
    k = name.lower().replace("\u2019", "'")
    return k[4:] if k.startswith("the ") else k


def main():
    if len(sys.argv) not in (2, 3):
        sys.exit(__doc__)
    # "Planning Service" names a Northern Ireland agency and every council's
    # planning service: a department word + Service is left out.
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "..", "data", "departments.txt")) as f:
        departments = {l.strip().lower() for l in f if l.strip() and not l.startswith("#")}

    def kept(name):
        words = name.split()
        return not (len(words) == 2 and words[1] in ("Service", "Services") and words[0].lower() in departments)

    def abbreviation(name, abbr):
        return len(abbr) > 2 and abbr.lower() not in WORDS | OTHER_MEANING and abbr.lower() != name.lower()

    rows = list(register_rows(sys.argv[1]))
    if len(sys.argv) == 3:
        rows += list(api_rows(sys.argv[2]))
    # One line per name; the aliases and parents of every list that holds
    # it, the first list's first. (Python's sort is stable: the register's
    # row comes before the API's.)
    merged = {}
    for name, abbr, parents in sorted(rows, key=lambda x: key_of(x[0])):
        if not kept(name):
            continue
        key = key_of(name)
        if key not in merged:
            merged[key] = (name, [], [])
        aliases = ([abbr] if abbreviation(name, abbr) else []) + ([name.replace("&", "and")] if "&" in name else [])
        for a in aliases:
            if a.lower() not in (x.lower() for x in merged[key][1]):
                merged[key][1].append(a)
        for p in parents:
            if key_of(p) != key and key_of(p) not in merged[key][2]:
                merged[key][2].append(key_of(p))
    print("# type\tcanonical name\taliases separated by |\tflags\tpart of (canonical names separated by |)")
    print("# UK central government organisations: departments, agencies, public bodies, courts.")
    print("# Generated by scripts/make-government.py from the GOV.UK organisations list in")
    print("# openregister/government-organisation-data (lists/govuk/list.tsv) and the GOV.UK")
    print("# organisations API as kept in odileeds/uk-government-organisations, Crown copyright,")
    print("# Open Government Licence v3.0. Do not edit by hand; see data/README.md.")
    for name, aliases, parents in merged.values():
        parent_names = [merged[p][0] for p in parents if p in merged]
        line = f"Organisation\t{name}\t{'|'.join(aliases)}"
        if parent_names:
            line += f"\t\t{'|'.join(parent_names)}"
        print(line)


if __name__ == "__main__":
    main()
